# Defaults inherited from object: __eq__ by identity, __ne__, __hash__, __str__ -> __repr__, __format__ with empty spec, __dir__, __init_subclass__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), str(a) == repr(a), format(a, '') == str(a))
try:
    format(a, 'x')
except TypeError as e:
    print('TypeError:', e)
print(Plain.__eq__(a, b), Plain.__ne__(a, a), object.__eq__(a, a), Plain.__lt__(a, b))
print(sorted(set(dir(a)) - set(dir(object))), object.__init_subclass__.__name__, Plain.__init__ is object.__init__)
try:
    Plain(1)
except TypeError as e:
    print('TypeError:', e)
class WithInit:
    def __init__(self):
        pass
try:
    WithInit(1)
except TypeError as e:
    print('TypeError:', e)
