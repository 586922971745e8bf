# Sentinel objects and singletons: a unique MISSING default, __repr__ for sentinels, identity checks, __bool__ False.
class _Missing:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __repr__(self):
        return '<MISSING>'
    def __bool__(self):
        return False
MISSING = _Missing()
def get(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        raise KeyError(key)
    return default
d = {'a': None}
print(get(d, 'a'), get(d, 'b', None), get(d, 'b', 0), MISSING, _Missing() is MISSING, bool(MISSING), [MISSING])
try:
    get(d, 'zz')
except KeyError as e:
    print('KeyError:', e)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
