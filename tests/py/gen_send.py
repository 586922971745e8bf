# generator.send(): priming, values passed in, running averages, errors.
def echo():
    received = None
    while True:
        received = yield f'echo:{received}'
        if received == 'stop':
            return 'stopped'
e = echo()
print(next(e), e.send('a'), e.send(1), e.send([2]))
try:
    e.send('stop')
except StopIteration as s:
    print('StopIteration value =', s.value)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
a.send(None)
print([a.send(x) for x in [10, 20, 30, 5]])
fresh = echo()
try:
    fresh.send('too early')
except TypeError as err:
    print('TypeError:', err)
def two():
    x = yield 1
    print('x =', x)
    y = yield 2
    print('y =', y)
t = two()
print(next(t))
print(t.send('X'))
try:
    t.send('Y')
except StopIteration:
    print('done')
