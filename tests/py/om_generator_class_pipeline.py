# Generator-based processing stages as classes with __iter__, composed with | via __or__.
class Stage:
    def __init__(self, fn=None):
        self.fn, self.src = fn, None
    def __or__(self, other):
        other.src = self
        return other
    def __iter__(self):
        return self.fn(iter(self.src))
class Source(Stage):
    def __init__(self, data):
        super().__init__()
        self.data = data
    def __iter__(self):
        yield from self.data
def mapper(f):
    return Stage(lambda it: (f(x) for x in it))
def filterer(p):
    return Stage(lambda it: (x for x in it if p(x)))
def batcher(n):
    def run(it):
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == n:
                yield batch
                batch = []
        if batch:
            yield batch
    return Stage(run)
pipe = Source(range(20)) | filterer(lambda x: x % 3) | mapper(lambda x: x * x) | batcher(4)
print(list(pipe))
print(list(pipe) == list(pipe), sum(map(sum, pipe)))
