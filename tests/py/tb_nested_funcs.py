# Deep call chain: every frame appears in the traceback, most recent call last.
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return d(n)
def d(n):
    return int('x' * n)
print(a(0) if False else 'calling')
a(2)
