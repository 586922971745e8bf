# Closures as lightweight objects: counters, accumulators, dispatch tables; compared to classes with the same behaviour.
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError('insufficient')
        balance -= x
        return balance
    def get():
        return balance
    return {'deposit': deposit, 'withdraw': withdraw, 'balance': get}
acct = make_account(100)
print(acct['deposit'](50), acct['withdraw'](30), acct['balance']())
try:
    acct['withdraw'](1000)
except ValueError as e:
    print('ValueError:', e)
print([c.cell_contents for c in acct['get' if False else 'balance'].__closure__], acct['deposit'].__code__.co_freevars)
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    hit.counts = counts
    return hit
hit = counter_factory()
for k in 'abcab':
    hit(k)
print(hit.counts, hit('a'))
