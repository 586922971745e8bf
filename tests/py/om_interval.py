# An Interval class: __contains__, __and__ intersection, __or__ hull, __bool__ (empty), __len__, ordering and hashing.
class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __bool__(self):
        return self.lo < self.hi
    def __len__(self):
        return max(0, self.hi - self.lo)
    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x < self.hi
    def __and__(self, o):
        return Interval(max(self.lo, o.lo), min(self.hi, o.hi))
    def __or__(self, o):
        return Interval(min(self.lo, o.lo), max(self.hi, o.hi))
    def __eq__(self, o):
        return (self.lo, self.hi) == (o.lo, o.hi) or (not self and not o)
    def __hash__(self):
        return hash((self.lo, self.hi)) if self else 0
    def __lt__(self, o):
        return (self.lo, self.hi) < (o.lo, o.hi)
    def __repr__(self):
        return f'[{self.lo}, {self.hi})' if self else '∅'
a, b, c = Interval(0, 10), Interval(5, 15), Interval(20, 30)
print(a & b, a | b, a & c, bool(a & c), len(a & b), 5 in a, 10 in a, Interval(2, 3) in a, b in a)
print(sorted([c, b, a]), a & c == Interval(3, 3), len({a & c, Interval(7, 7), a}), list(filter(None, [a & b, a & c])))
