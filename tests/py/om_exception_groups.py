# ExceptionGroup and except* (3.11): splitting by type, nesting, subgroup, unhandled remainder re-raised.
def raise_group():
    raise ExceptionGroup('batch failed', [ValueError('bad value'), TypeError('bad type'), ValueError('another')])
try:
    raise_group()
except* ValueError as eg:
    print('ValueErrors:', [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print('TypeErrors:', [str(e) for e in eg.exceptions])
eg = ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [ValueError(1), OSError('io')])])
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))), len(eg.exceptions), str(eg))
match, rest = eg.split(OSError)
print(repr(match), repr(rest))
try:
    try:
        raise_group()
    except* TypeError:
        print('handled only TypeError')
except ExceptionGroup as remaining:
    print('re-raised remainder:', [repr(e) for e in remaining.exceptions])
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print('ValueError:', e)
print(isinstance(ExceptionGroup('x', [ValueError()]), Exception), BaseExceptionGroup.__name__)
