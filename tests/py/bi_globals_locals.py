# globals() and locals(): reading, writing globals through the dict, locals snapshot in functions.
x = 1
g = globals()
g['created_dynamically'] = 'hello'
print(created_dynamically, g['x'], 'g' in g, g is globals(), globals()['__name__'])
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def writes_locals():
    y = 1
    locals()['y'] = 99
    return y
print(writes_locals())
print(locals() is globals(), sorted(k for k in globals() if not k.startswith('__')))
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
