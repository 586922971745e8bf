# Conditional expressions: evaluation order, nesting, laziness, precedence.
def t(v):
    print('eval', v)
    return v
print(t('yes') if t(True) else t('no'))
print(t('yes') if t(0) else t('no'))
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
print(1 if x else 2 + 10, (1 if not x else 2) + 10, [i if i % 2 else -i for i in range(5)])
f = (lambda: 'A') if x > 3 else (lambda: 'B')
print(f(), 'a' 'b' if x else 'c', not x if x else 'never')
