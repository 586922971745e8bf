# Uncaught ZeroDivisionError in a nested call: traceback with carets and exit status 1.
def ratio(a, b):
    return a / b
def report(values):
    total = sum(values)
    return [ratio(v, total - 6) for v in values]
print('computing')
print(report([1, 2, 3]))
