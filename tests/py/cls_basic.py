# A simple class: __init__, methods, instance and class attributes, bound methods.
class Counter:
    instances = 0
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
a = Counter()
b = Counter(10)
a.inc().inc(5)
print(a.get(), b.inc().get(), Counter.instances, a.instances, type(a).__name__, isinstance(a, Counter))
m = a.inc
m()
print(a.value, m.__self__ is a, Counter.inc(a, 100).value)
a.instances = 'shadowed'
print(a.instances, Counter.instances, b.instances)
a.extra = [1]
print(a.__dict__, b.__dict__)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)
class Empty:
    pass
e = Empty()
print(type(e).__name__, e.__class__ is Empty, Empty.__bases__)
