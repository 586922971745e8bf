# Iterators vs iterables: exhaustion, iter() identity, reusing zip/map/filter objects, list() of a used iterator.
nums = [1, 2, 3]
it = iter(nums)
print(iter(it) is it, list(it), list(it), iter(nums) is iter(nums))
z = zip('ab', [1, 2])
print(list(z), list(z))
m = map(str, nums)
print('1' in m, list(m))
g = (x for x in nums)
print(sum(g), sum(g))
r = reversed(nums)
print(next(r), list(r))
e = enumerate('xyz')
next(e)
print(list(e))
d = {'a': 1, 'b': 2}
ki = iter(d)
print(next(ki), list(ki), list(d))
class Resettable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
rr = Resettable([5, 6])
print(list(rr), list(rr), [(a, b) for a in rr for b in rr])
