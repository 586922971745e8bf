# break/continue inside a finally body reached by another break/continue/return.
def f():
    out = []
    count = 0
    while count < 2:
        count += 1
        try:
            continue
        finally:
            break
    out.append(count)
    for i in range(3):
        try:
            break
        finally:
            out.append(('finally', i))
            continue
    out.append(i)
    for i in range(3):
        try:
            try:
                continue
            finally:
                out.append(('inner', i))
        finally:
            out.append(('outer', i))
            if i == 1:
                break
    out.append(i)
    return out
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'loop ended'
print(g())
def h():
    try:
        return 'first'
    finally:
        return 'second'
print(h())
def k():
    for i in range(2):
        try:
            try:
                return 'inner'
            finally:
                if i == 0:
                    continue
        finally:
            print('k outer finally', i)
    return 'k done'
print(k())
def deep(n):
    if n == 0:
        for i in range(1):
            try:
                return [1, 2, 3]
            finally:
                pass
    return deep(n - 1)
print(deep(50))
