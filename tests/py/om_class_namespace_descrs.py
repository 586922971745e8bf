# A class's own namespace: __dict__/__weakref__ descriptors appear where instances first get them; __doc__ defaults.
class Plain:
    pass
class Sub(Plain):
    pass
class Slotted:
    __slots__ = ('a',)
print(sorted(k for k in vars(Plain) if k.startswith('__')))
print(sorted(k for k in vars(Sub) if k.startswith('__')))
print(sorted(k for k in vars(Slotted) if k.startswith('__')))
print(type(vars(Plain)['__dict__']).__name__, type(vars(Slotted)['a']).__name__, vars(Plain)['__weakref__'].__get__(Plain()))
p = Plain()
p.x = 1
print(vars(Plain)['__dict__'].__get__(p), Plain.__doc__, Sub.__doc__, object.__doc__.splitlines()[0])
print(sorted(set(dir(Plain())) - set(dir(object))), '__dict__' in dir(Slotted()))
class Documented:
    "Has a docstring."
print(Documented.__doc__, Documented().__doc__, int.__doc__ is None or isinstance(int.__doc__, str))
