# A tour of what weft runs today: functions, closures, generators,
# classes, exceptions with tracebacks, f-strings.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


def squares(limit):
    for i in range(limit):
        yield i * i


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello, {self.name}!"


print(Greeter("weft").greet())
print("fib(90) =", fib(90), "and 2**100 =", 2 ** 100)
step = counter()
step()
print("counter:", step(), "| squares:", list(squares(6)))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    {}["missing"]
except KeyError as e:
    print("caught KeyError:", e)
print(f"{3.14159:.2f} {255:#x} {'right':>8}|")
