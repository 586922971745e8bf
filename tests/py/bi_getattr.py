# getattr/setattr/hasattr/delattr, defaults, errors.
class Obj:
    cls_attr = 'class level'
    def method(self):
        return 'method result'
o = Obj()
setattr(o, 'x', 10)
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'missing', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
print(getattr(o, 'method')(), getattr(Obj, 'method')(o), getattr([], 'append').__name__)
delattr(o, 'x')
print(hasattr(o, 'x'), o.__dict__)
try:
    getattr(o, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(o, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
for name in ['a', 'b', 'c']:
    setattr(o, name, name * 2)
print(o.__dict__, getattr(o, 'b'), vars(o) is o.__dict__)
print(hasattr(str, 'upper'), getattr('abc', 'upper')(), getattr(1, 'real'))
