# for/else and while/else: else runs only when the loop was not broken.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, '=', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else runs')
i = 0
while i < 3:
    i += 1
else:
    print('while else, i =', i)
while True:
    break
else:
    print('not printed')
for i in range(3):
    continue
else:
    print('continue does not skip else; i =', i)
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
