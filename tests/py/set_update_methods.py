# In-place set methods with several iterables, frozenset copy identity, errors.
a = {1, 2, 3, 4, 5}
a.intersection_update([1, 2, 3, 9], range(2, 10))
print(a)
a.difference_update({3}, [7])
print(a)
a.symmetric_difference_update([2, 8])
print(a)
a.update()
a.intersection_update()
print(a)
f = frozenset([1, 2])
print(f.copy() is f, f | {3}, type(f | {3}).__name__, type({3} | f).__name__)
for bad in ["a.symmetric_difference_update()", "a.intersection_update(5)", "a.difference_update([[1]])", "a.add([1])", "f.add(1)"]:
    try:
        eval(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), 3])))
print(hash(frozenset({frozenset({1}), frozenset({2})})))
