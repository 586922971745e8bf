# Delegation with __getattr__: wrapping a list, forwarding methods, overriding some, and dunder methods NOT forwarded.
class Audited:
    def __init__(self, target):
        self._target, self.calls = target, []
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*a, **k):
                self.calls.append(name)
                return attr(*a, **k)
            return wrapper
        return attr
    def append(self, x):
        self.calls.append('append*')
        self._target.append(x * 10)
a = Audited([3, 1])
a.append(2)
a.extend([5])
a.sort()
print(a._target, a.calls, a.count(10), a.__class__.__name__)
try:
    len(a)
except TypeError as e:
    print('TypeError:', e)
try:
    a[0]
except TypeError as e:
    print('TypeError:', e)
