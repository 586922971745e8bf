# Metaclasses: __new__/__init__ of the metaclass, class registry, __call__ interception, type().
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print('Registry.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get('tag', 'none')
class Plugin(metaclass=Registry):
    def run(self):
        return 'run'
class Special(Plugin, tag='special'):
    x = 1
print(Registry.classes, Plugin.tag, Special.tag, type(Special).__name__, isinstance(Special, Registry))
class Singleton(type):
    def __call__(cls, *a, **k):
        if not hasattr(cls, '_inst'):
            print('creating instance of', cls.__name__)
            cls._inst = super().__call__(*a, **k)
        return cls._inst
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a, b = Config(1), Config(2)
print(a is b, a.v)
Point = type('Point', (), {'__init__': lambda self, x: setattr(self, 'x', x), 'double': lambda self: self.x * 2})
print(Point(21).double(), Point.__name__, type(Point) is type, type(type) is type)
class Meta(type):
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
    def describe(cls):
        return 'metaclass method on ' + cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), WithMeta.describe(), hasattr(WithMeta(), 'describe'))
