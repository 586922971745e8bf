# The traceback of an uncaught exception group with chained members (CPython's boxed format).
try:
    raise KeyError('ctx')
except KeyError:
    try:
        raise ValueError('inner') from OSError('cause')
    except ValueError as v:
        raise ExceptionGroup('top', [v, ExceptionGroup('nested', [TypeError('t')])])
