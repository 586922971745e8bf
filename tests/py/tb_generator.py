# Exception raised inside a generator, traceback through next() in a for loop.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator broke')
for n in numbers():
    print(n)
