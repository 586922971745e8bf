# property: getter/setter/deleter, read-only errors, computed attributes, inheritance and override.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print('get celsius')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set celsius', v)
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(hasattr(t, '_c'))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
class Base:
    @property
    def name(self):
        return 'base'
class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name
print(Child().name)
def get_x(self):
    return 'x via property()'
class Old:
    x = property(get_x, doc='old style')
print(Old().x, Old.x.__doc__)
