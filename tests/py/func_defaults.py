# Default arguments: evaluated once, mutable default pitfall, None idiom, introspection.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), greet.__defaults__, snapshot.__defaults__, append_to.__defaults__)
def kw(a, b=2, *, c, d=4):
    return a, b, c, d
print(kw(1, c=3), kw(1, 5, c=6, d=7), kw.__kwdefaults__)
