# Recursive fib(30), computed three times: Python-to-Python call overhead.
# Checksum: fib(30) = 832040, three times.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print('fib', [fib(30) for _ in range(3)])
