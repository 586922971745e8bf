# object(), is/is not, id stability (only compared, never printed), Ellipsis, NotImplemented.
a = object()
b = object()
print(a is a, a is b, a == a, a != b, id(a) == id(a), id(a) != id(b), type(a).__name__)
print(..., Ellipsis is ..., type(...).__name__, NotImplemented, type(NotImplemented).__name__)
try:
    a.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__, type.__bases__, type(object))
print(isinstance(a, object), isinstance(5, object), isinstance(int, object), issubclass(int, object))
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z)
