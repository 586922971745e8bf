# __new__ vs __init__: immutable subclasses, instance caching, __init__ skipped when __new__ returns another type.
class Celsius(float):
    def __new__(cls, v):
        print('__new__', cls.__name__, v)
        return super().__new__(cls, round(v, 1))
    def __init__(self, v):
        print('__init__', v)
    def __repr__(self):
        return f'{float(self)}°C'
c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), len(Upper('xy')), Upper('q') == 'Q')
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
            cls._cache[key].key = key
        return cls._cache[key]
print(Interned('a') is Interned('a'), Interned('a') is Interned('b'))
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called')
print(type(Weird()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
print(Point(3, 4), Point(3, 4).x, Point(1, 2) + (3,), hash(Point(1, 2)) == hash((1, 2)))
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError:', e)
