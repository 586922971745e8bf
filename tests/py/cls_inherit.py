# Inheritance: overriding, super(), isinstance/issubclass, MRO of a diamond.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f' (age {self.age})'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1)]:
    print(type(a).__name__, a.speak(), '|', a.kind())
print(isinstance(Puppy('p', 0), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), [c.__name__ for c in Puppy.__mro__])
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who(), [k.__name__ for k in D.mro()], D.__bases__ == (B, C))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
