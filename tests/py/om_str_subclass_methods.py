# str subclass: which methods return the subclass (none of the builtin ones), __str__ and format behaviour.
class Tag(str):
    def __new__(cls, s, kind='plain'):
        obj = super().__new__(cls, s)
        obj.kind = kind
        return obj
    def wrap(self):
        return Tag(f'<{self}>', self.kind)
t = Tag('hello', 'greeting')
print(t, repr(t), t.kind, t.wrap(), t.wrap().kind, type(t.wrap()).__name__)
for r in [t.upper(), t + '!', t[1:], t * 2, str(t), f'{t}', '%s' % t, t.strip(), ''.join([t])]:
    print(repr(r), type(r).__name__)
print(t == 'hello', 'ell' in t, hash(t) == hash('hello'), {t: 1}['hello'], isinstance(t, str), len(t))
