# Exception chaining: implicit __context__, explicit __cause__, from None, as printed objects.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError('clean') from None
try:
    suppressed()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError:', e)
e = ValueError('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        raise KeyError('a')
    finally:
        pass
except KeyError as ke:
    print('context of finally-raised', ke.__context__)
