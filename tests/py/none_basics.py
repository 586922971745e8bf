# None: identity, repr, truthiness, comparison errors, default return.
def f():
    pass
def g():
    return
print(None, repr(None), f(), g(), f() is None, type(None).__name__, None == None, None != 0)
print(bool(None), not None, None or 'default', [None] * 3, {None: 1}[None])
x = None
print(x is None, x is not None, str(x), hash(None) == hash(None))
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    None.foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    None()
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
