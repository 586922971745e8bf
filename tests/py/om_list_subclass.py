# list subclass with validation, slicing returning plain lists, and collections.UserList behaviour.
from collections import UserList
class IntList(list):
    def __init__(self, items=()):
        super().__init__()
        self.extend(items)
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f'IntList accepts ints, not {type(x).__name__}')
        super().append(x)
    def extend(self, xs):
        for x in xs:
            self.append(x)
il = IntList([3, 1, 2])
il.append(5)
print(il, type(il[1:]).__name__, type(il + il).__name__, sorted(il), type(sorted(il)).__name__)
try:
    il.append('x')
except TypeError as e:
    print('TypeError:', e)
il.insert(0, 'unchecked insert')
print(il)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1])
s.push(2)
print(s, type(s[:1]).__name__, s.data, len(s), s == [1, 2])
