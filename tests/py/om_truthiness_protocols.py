# Protocol fallbacks: truth via __len__ when no __bool__, `in` via __iter__ or __getitem__, iteration via __getitem__.
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class OnlyIter:
    def __iter__(self):
        print('  __iter__ called')
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'abc'[i]
class BoolBeatsLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(OnlyLen(0)), bool(OnlyLen(2)), bool(BoolBeatsLen()), len(BoolBeatsLen()))
print(2 in OnlyIter(), 5 in OnlyIter())
print('b' in OnlyGetitem(), list(OnlyGetitem()), 'z' in OnlyGetitem())
class ContainsFalse:
    def __contains__(self, x):
        return 0
    def __iter__(self):
        return iter([x for x in range(10)])
print(3 in ContainsFalse(), 3 not in ContainsFalse())
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError:', e)
