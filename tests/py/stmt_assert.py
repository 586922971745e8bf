# assert statements: passing, failing with and without messages.
assert True
assert 1 + 1 == 2, 'math works'
try:
    assert 1 > 2
except AssertionError as e:
    print('AssertionError args:', e.args, repr(str(e)))
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert False, {'detail': 1}
except AssertionError as e:
    print('payload:', e.args[0])
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
print(check(4))
x = 'str'
assert check(len(x)) == 6
check(x)
