import string
T = string.Template
print(T('$who likes ${what} $$ $x').safe_substitute(who='tim', what='pao'), T('$a$b').substitute({'a': 1}, b=2))
for bad in ['$', 'ok $ 1', 'line\n  ${bad']:
    try: T(bad).substitute()
    except ValueError as e: print(e)
try: T('$missing').substitute()
except KeyError as e: print('KeyError', e)
print(T('$a ${b} $a $$ $').get_identifiers(), T('$a').is_valid(), T('$').is_valid(), T.pattern.flags & 2)
class Pct(T):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(Pct('%first_name %x %% done').safe_substitute(first_name='Ann'))
class Braces(T):
    braceidpattern = r'[^}]+'
print(Braces('${a b} $c').substitute({'a b': 1, 'c': 2}))
class Custom(T):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'
print(Custom('@x @{y} @@').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0} and {1!r:>6} {0[1]} {k.real:.2f} {{x}} {2:{w}}', [1, 2], 'b', 'c', k=3.14159, w=5), f.format('{}-{}', 1, 2))
print(list(f.parse('a{0!s:>{w}}b{x[1].y}c{{')))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError('unused: %s' % sorted(extra))
try: Strict().format('{a}', a=1, b=2)
except ValueError as e: print(e)
for bad in ['{', '}', '{0!}', '{0!x}', '{}{0}', '{0}{}']:
    try: print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
print(string.capwords(' hello   world '))
