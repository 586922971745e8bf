# A bank-account simulation with custom exceptions, transaction logs and an audit.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.account, self.amount = account, amount
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner, self.balance, self.log = owner, balance, [('open', balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.log.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(('withdraw', amount))
    def __repr__(self):
        return f'Account#{self.id}({self.owner!r}, {self.balance})'
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        try:
            self.accounts[dst].deposit(amount)
        except Exception:
            self.accounts[src].deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice, bob, carol = bank.open('alice', 100), bank.open('bob', 50), bank.open('carol')
ops = [('transfer', 1, 2, 30), ('transfer', 2, 3, 100), ('transfer', 3, 1, 0), ('transfer', 2, 3, 80),
       ('deposit', 3, 25), ('withdraw', 1, 71), ('transfer', 1, 9, 5), ('withdraw', 3, 105)]
for op in ops:
    try:
        if op[0] == 'transfer':
            bank.transfer(*op[1:])
        elif op[0] == 'deposit':
            bank.accounts[op[1]].deposit(op[2])
        else:
            bank.accounts[op[1]].withdraw(op[2])
        print('ok  ', op, '->', list(bank.accounts.values()))
    except InsufficientFunds as e:
        print('fail', op, '->', e)
    except (ValueError, KeyError) as e:
        print('err ', op, '->', type(e).__name__, e)
print('total', bank.total())
for acct in bank.accounts.values():
    print(acct.owner, acct.log)
