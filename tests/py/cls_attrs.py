# Attribute lookup order: instance dict, class, bases; class attributes via instances; methods as functions.
class Base:
    shared = ['base']
    x = 'Base.x'
class Sub(Base):
    x = 'Sub.x'
s = Sub()
print(s.x, Sub.x, Base.x, s.shared)
s.x = 'instance x'
print(s.x, Sub.x)
del s.x
print(s.x)
s.shared.append('mutated via instance')
print(Base.shared, Sub.shared is Base.shared)
Sub.new_cls_attr = 'added later'
print(s.new_cls_attr, hasattr(Base(), 'new_cls_attr'))
def external(self):
    return f'external on {type(self).__name__}'
Sub.method = external
print(s.method(), Sub.method(s))
try:
    s.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Sub.missing
except AttributeError as e:
    print('AttributeError:', e)
class Slots:
    __slots__ = ('a',)
sl = Slots()
sl.a = 1
try:
    sl.b = 2
except AttributeError as e:
    print('AttributeError:', e)
print(sl.a, hasattr(sl, '__dict__'))
