# A generator pipeline: chained generators with filtering, mapping, a running
# window and yield from. Checksum: the final aggregate.
def numbers(n):
    for i in range(n):
        yield i
def only_odd(xs):
    for x in xs:
        if x & 1:
            yield x
def scaled(xs, k):
    for x in xs:
        yield x * k % 10007
def windows(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.clear()
def flatten(chunks):
    for c in chunks:
        yield from c
def pipeline(n):
    return sum(windows(scaled(only_odd(flatten(numbers(1000) for _ in range(n // 1000))), 31), 8))
print('gen_pipeline', pipeline(4_000_000))
