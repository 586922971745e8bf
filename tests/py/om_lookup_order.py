# Full attribute lookup order: data descriptor on the type > instance __dict__ > non-data descriptor/class attr > __getattr__.
class DataDesc:
    def __get__(self, obj, t=None):
        return 'data descriptor'
    def __set__(self, obj, v):
        print('DataDesc.__set__', v)
class NonDataDesc:
    def __get__(self, obj, t=None):
        return 'non-data descriptor'
class C:
    d = DataDesc()
    n = NonDataDesc()
    plain = 'class attribute'
    def __getattr__(self, name):
        return f'__getattr__({name})'
c = C()
c.__dict__.update(d='instance d', n='instance n', plain='instance plain')
print(c.d, '|', c.n, '|', c.plain, '|', c.missing)
c.d = 'assigned'
print(c.__dict__['d'])
del c.__dict__['n'], c.__dict__['plain']
print(c.n, '|', c.plain)
class Meta(type):
    shared = 'metaclass attribute'
class K(metaclass=Meta):
    pass
print(K.shared, hasattr(K(), 'shared'))
class P:
    @property
    def value(self):
        raise AttributeError('inner property failure')
    def __getattr__(self, name):
        return f'fallback for {name}'
print(P().value)
