# Uncaught ZeroDivisionError in a nested call: traceback with carets and exit status 1.
def ratio(a, b):
    return a / b
def report(values):
    total = sum(values)
    out = []
    for v in values:
        out.append(ratio(v, total - 6))
    return out
print('computing')
print(report([1, 2, 3]))
