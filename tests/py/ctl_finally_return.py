# return/break/continue in finally override, finally runs on return, value already computed.
def f():
    try:
        return 'try'
    finally:
        print('finally after return')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed exception'
print(h())
def k():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(k())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print('n in finally', n)
print(counter())
