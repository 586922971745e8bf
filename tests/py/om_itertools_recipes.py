# Common itertools recipes built from primitives: chunked, sliding window, flatten, unique_everseen, roundrobin.
from itertools import islice, chain, cycle, groupby, tee
def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk
def sliding(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
def unique_everseen(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x
def roundrobin(*iterables):
    iters = [iter(i) for i in iterables]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
def run_length(s):
    return [(k, len(list(g))) for k, g in groupby(s)]
print(list(chunked(range(10), 4)), list(sliding('abcde', 3)), list(unique_everseen('mississippi')))
print(list(roundrobin('ABC', 'd', 'EF')), run_length('aaabccddd'), list(islice(cycle([1, 2]), 5)))
print(list(chain.from_iterable(chunked('abcdefg', 3))))
