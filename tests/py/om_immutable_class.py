# An immutable value class: __setattr__/__delattr__ blocking, __slots__, replace-style updates, hashing.
class Money:
    __slots__ = ('amount', 'currency')
    def __init__(self, amount, currency):
        object.__setattr__(self, 'amount', amount)
        object.__setattr__(self, 'currency', currency)
    def __setattr__(self, name, value):
        raise AttributeError(f'Money is immutable (tried to set {name})')
    def __delattr__(self, name):
        raise AttributeError(f'Money is immutable (tried to delete {name})')
    def with_amount(self, amount):
        return Money(amount, self.currency)
    def __eq__(self, o):
        return isinstance(o, Money) and (self.amount, self.currency) == (o.amount, o.currency)
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __add__(self, o):
        if o.currency != self.currency:
            raise ValueError(f'cannot add {o.currency} to {self.currency}')
        return self.with_amount(self.amount + o.amount)
    def __repr__(self):
        return f'Money({self.amount}, {self.currency!r})'
m = Money(5, 'EUR')
for action in [lambda: setattr(m, 'amount', 1), lambda: delattr(m, 'currency'), lambda: m + Money(1, 'USD')]:
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print(m + Money(7, 'EUR'), m.with_amount(0), m == Money(5, 'EUR'), len({m, Money(5, 'EUR')}), m)
