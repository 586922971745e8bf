# tuple.index with bounds, tuple.count, list.index with bounds, and their errors.
t = (1, 2, 3, 2, 1, 2)
print(t.index(2), t.index(2, 2), t.index(2, -3), t.index(1, 1, 5), t.count(2), t.count(9), t.count(2.0))
l = list(t)
print(l.index(2, 2), l.index(2, -2), l.index(3, -100, 100))
for bad in ["t.index(3, 3)", "t.index(2, 1, 1)", "t.index()", "t.count()", "t.index(2, 'a')", "l.index(1, 1, 4)", "l.index()",
            "l.index(2, 0, 'x')", "t.count(1, 2)"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class Eq:
    def __eq__(self, other):
        return other == 3
print((1, 3, Eq()).index(Eq()), (Eq(), 3).count(3), [Eq()].index(3))
