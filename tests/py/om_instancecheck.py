# __instancecheck__ and __subclasscheck__ on a metaclass; isinstance with tuples and unions of types.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)
class Quacker(metaclass=DuckMeta):
    required = ('quack',)
class Duck:
    def quack(self):
        return 'quack'
class Robot:
    def quack(self):
        return 'beep quack'
class Cat:
    pass
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(Cat(), Quacker), issubclass(Duck, Quacker), issubclass(Cat, Quacker))
print(isinstance(3, int | str), isinstance('s', (int, (float, str))), isinstance(None, int | None), issubclass(bool, int | float))
print(int | str, type(int | str).__name__)
try:
    isinstance(3, 'int')
except TypeError as e:
    print('TypeError:', e)
