# sort()/sorted() with key and reverse, mixed types error, in-place semantics.
a = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(a), sorted(a, reverse=True), a)
a.sort(); print(a)
a.sort(key=lambda x: -x); print(a)
a.sort(key=abs, reverse=True); print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), sorted([[3], [1, 2], [1]]), sorted('hello'))
print(sorted([3.5, 1, True, -2.25]), sorted({3: 'a', 1: 'b'}), sorted(range(5), key=lambda i: i % 2))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
print(sorted([]), sorted([1]), list(reversed(sorted([2, 3, 1]))))
