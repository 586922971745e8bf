# An uncaught group with chained members and more than 15 sub-exceptions.
def f():
    try:
        raise KeyError('x')
    except KeyError:
        raise ValueError('during')
excs = []
try:
    f()
except ValueError as e:
    excs.append(e)
try:
    raise OSError('o') from TypeError('cause')
except OSError as e:
    excs.append(e)
excs += [ExceptionGroup('n%d' % i, [ValueError(i)]) for i in range(15)]
raise ExceptionGroup('many', excs)
