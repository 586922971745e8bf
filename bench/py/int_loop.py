# A 10M-iteration integer loop: bytecode dispatch, small-int arithmetic, comparisons.
def loop(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc + i * 7) % 1000003
        i += 1
    return acc
print('int_loop', loop(10_000_000))
