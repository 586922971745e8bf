# Descriptor protocol: data vs non-data descriptors, __set_name__, lookup precedence, class access.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from non-data descriptor'
class Person:
    name = Typed(str)
    age = Typed(int)
    info = NonData()
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person('ann', 30)
print(p.name, p.age, p.info, type(Person.name).__name__, sorted(p.__dict__))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
p.__dict__['info'] = 'instance dict wins over non-data'
p.__dict__['name'] = 'ignored: data descriptor wins'
print(p.info, p.name)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.f
        return lambda *a: self.f(obj, *a)
class K:
    @Method
    def hello(self, x):
        return f'hello {x} from {type(self).__name__}'
print(K().hello('w'), K.hello(K(), 'direct'))
f = lambda self: 42
print(f.__get__(K(), K)(), type(f.__get__(K(), K)).__name__)
