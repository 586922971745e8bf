# Comprehension scoping: loop variables don't leak, class scope rules, walrus binds outside.
x = 'outer'
r = [x for x in range(3)]
print(x, r)
print([y for y in range(2)])
try:
    y
except NameError as e:
    print('NameError:', e)
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
class C:
    base = 10
    items = [base + i for i in range(1)] if False else [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
print(C.items, C.err)
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, {z + i for i in range(2)}
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i for i in range(j)] for j in range(4)])
if any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']):
    print('first b-word:', hit)
