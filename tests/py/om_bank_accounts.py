# Bank accounts as a class hierarchy: properties, class attributes, overridden withdrawal rules, __str__ and sorting.
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.0
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next
        Account._next += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self._balance += amount
        return self
    def can_withdraw(self, amount):
        return amount <= self._balance
    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(f'{self.number}: {amount} exceeds available funds')
        self._balance -= amount
        return self
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __str__(self):
        return f'{type(self).__name__}#{self.number} {self.owner}: {self._balance:.2f}'
class Savings(Account):
    interest = 0.02
class Checking(Account):
    overdraft = 100
    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft
accts = [Savings('ann', 500), Checking('bob', 50), Account('cid')]
accts[0].deposit(100).withdraw(50)
accts[1].withdraw(120)
for a, amt in [(accts[2], 1), (accts[1], 100), (accts[0], -5)]:
    try:
        a.withdraw(amt) if amt > 0 else a.deposit(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
for a in accts:
    a.add_interest()
for a in sorted(accts, key=lambda a: a.balance):
    print(a)
try:
    accts[0].balance = 10
except AttributeError as e:
    print('AttributeError:', e)
