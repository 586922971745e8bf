# mappingproxy: repr/str, dict views, | with dicts, reversed, read-only; type.__dict__; sys.hash_info.
import sys, types
class C:
    x = 1
    def f(self): pass
mp = C.__dict__
print(type(mp), sorted(mp)[:3], 'x' in mp, mp['x'], len(mp) == len(dict(mp)))
m = types.MappingProxyType({'a': 1, 'b': [2]})
print(m, repr(m), str(m))
print(m.keys(), m.values(), m.items())
print(type(m.keys()).__name__, list(m), m.get('a'), m.get('z', 0), m.copy(), m | {'c': 3})
print(repr(types.MappingProxyType({})))
try:
    m['a'] = 2
except TypeError as e:
    print(e)
print(repr(int.__dict__)[:12], type(int.__dict__['__add__']).__name__)
print(mp.keys().__class__.__name__, 'x' in mp.keys(), list(reversed(m)))
print(m == {'a': 1, 'b': [2]}, sys.hash_info)
print(sys.hash_info.modulus == 2**61 - 1, hash(2**61) == 1, sys.hash_info.inf == hash(float('inf')), type(sys.hash_info))
