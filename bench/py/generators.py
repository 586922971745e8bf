def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
print(sum(squares(evens(numbers(2000000)))))
