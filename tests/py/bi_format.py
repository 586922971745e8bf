# format() builtin and __format__ dispatch, including errors for unknown specs.
print(format(42), format(42, '05'), format(3.5, '.3f'), format('s', '>4'), format([1], ''), format(None, ''))
class F:
    def __format__(self, spec):
        return f'<F {spec!r}>'
print(format(F()), format(F(), 'xyz'), f'{F():abc}', '{:q}'.format(F()))
for v, spec in [(1, 'z'), ('s', 'd'), (1.5, 'd'), ([1], 'x'), (object(), 'x')]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(type(v).__name__, repr(spec), type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
