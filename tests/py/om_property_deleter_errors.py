# property edge cases: no setter/deleter messages, property on class access, property objects are descriptors.
class C:
    @property
    def ro(self):
        return 'read-only'
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    rw = property(_get, _set)
c = C()
for action in ['c.ro = 1', 'del c.ro', 'del c.rw']:
    try:
        exec(action)
    except AttributeError as e:
        print(action, '->', 'AttributeError:', e)
c.rw = 5
print(c.rw, C.ro.fget(c), C.rw.fset is C._set, isinstance(C.ro, property), C.ro.__get__(c, C), C.ro.__get__(None, C) is C.ro)
p = property(lambda self: 'from getter()')
Q = type('Q', (), {'val': p.getter(lambda self: 'replaced getter')})
print(Q().val, p.fset, p.setter(lambda s, v: None).fset is not None)
