# Comparing objects of different user types: reflected comparisons, subclass-first rule, and TypeErrors.
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if not isinstance(o, A):
            return NotImplemented
        print(f'A.__lt__ {self.v}<{o.v}')
        return self.v < o.v
class B(A):
    def __gt__(self, o):
        print(f'B.__gt__ {self.v}>{o.v}')
        return self.v > o.v
print(A(1) < A(2))
print(A(1) < B(2))
print(B(1) < A(2))
try:
    A(1) < 5
except TypeError as e:
    print('TypeError:', e)
try:
    5 > A(1)
except TypeError as e:
    print('TypeError:', e)
