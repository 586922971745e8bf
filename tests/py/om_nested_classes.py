# Nested classes: access to the outer class only by name, __qualname__, nested enums and builders.
from enum import Enum
class Order:
    class Status(Enum):
        NEW = 'new'
        SHIPPED = 'shipped'
    class Line:
        def __init__(self, sku, qty):
            self.sku, self.qty = sku, qty
        def __repr__(self):
            return f'{type(self).__qualname__}({self.sku}x{self.qty})'
    def __init__(self):
        self.lines, self.status = [], Order.Status.NEW
    def add(self, sku, qty=1):
        self.lines.append(self.Line(sku, qty))
        return self
    def ship(self):
        self.status = self.Status.SHIPPED
o = Order().add('A', 2).add('B')
o.ship()
print(o.lines, o.status, Order.Line.__qualname__, Order.Status.__qualname__, Order.Status('new'))
class Outer:
    value = 'outer value'
    class Inner:
        def get(self):
            try:
                return value
            except NameError:
                return 'NameError: class scope is not enclosing'
        def get_qualified(self):
            return Outer.value
print(Outer.Inner().get(), Outer.Inner().get_qualified())
