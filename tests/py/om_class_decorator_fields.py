# A hand-written dataclass-like class decorator: reads __annotations__, generates __init__, __repr__ and __eq__.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(f'{cls.__name__} takes {len(fields)} arguments')
        values = dict(zip(fields, args))
        for k, v in kw.items():
            if k not in fields:
                raise TypeError(f'unknown field {k!r}')
            if k in values:
                raise TypeError(f'{k!r} given twice')
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError(f'missing field {f!r}')
                values[f] = defaults[f]
            setattr(self, f, values[f])
    def __repr__(self):
        return f'{cls.__name__}(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
    def __eq__(self, o):
        return type(o) is cls and all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.__hash__ = None
    return cls
@record
class Book:
    title: str
    author: str
    year: int = 2000
print(Book('Dune', 'Herbert', 1965), Book('X', author='Y'), Book('a', 'b') == Book('a', 'b', 2000), Book.__annotations__)
for args, kw in [((), {}), (('a', 'b', 1, 2), {}), (('a',), {'title': 'b'}), (('a', 'b'), {'isbn': 1})]:
    try:
        Book(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    hash(Book('a', 'b'))
except TypeError as e:
    print('TypeError:', e)
