# property error messages name the property (set by __set_name__), copies keep the name, and the doc comes from the getter.
class Account:
    def __init__(self):
        self._bal = 10
    @property
    def balance(self):
        "Current balance."
        return self._bal
    total = property(lambda self: self._bal * 2)
    def _get(self):
        return 1
    renamed = property(_get)
a = Account()
for stmt in ['a.balance = 5', 'del a.balance', 'a.total = 1', 'del a.renamed']:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '->', e)
print(Account.balance.__doc__, Account.total.__doc__)
class Later:
    pass
p = property(lambda self: 'v')
p.__set_name__(Later, 'late')
Later.late = p
try:
    Later().late = 2
except AttributeError as e:
    print('AttributeError:', e)
class WithSetter:
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
w = WithSetter()
w.x = 3
try:
    del w.x
except AttributeError as e:
    print(w.x, 'AttributeError:', e)
free = property()
class Holder:
    pass
try:
    free.__get__(Holder(), Holder)
except AttributeError as e:
    print('AttributeError:', e)
