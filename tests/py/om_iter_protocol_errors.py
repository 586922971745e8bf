# Iteration protocol errors: __next__ missing, __iter__ returning a non-iterator, StopIteration value ignored by for.
class NoNext:
    def __iter__(self):
        return self
class ReturnsList:
    def __iter__(self):
        return [1, 2]
for obj in [NoNext(), ReturnsList()]:
    try:
        for x in obj:
            pass
    except TypeError as e:
        print(type(obj).__name__, 'TypeError:', e)
class StopsWithValue:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('ignored value')
        return self.n
print(list(StopsWithValue()), [x for x in StopsWithValue()])
class RaisesInside:
    def __iter__(self):
        yield 1
        raise ValueError('midway')
try:
    print(list(RaisesInside()))
except ValueError as e:
    print('ValueError:', e)
