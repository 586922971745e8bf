# Reusable validator descriptors with __set_name__, shared across classes, error messages naming the field.
class Validator:
    def __set_name__(self, owner, name):
        self.public, self.private = name, '_' + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f'{self.public}: expected a number, got {type(v).__name__}')
        if self.minvalue is not None and v < self.minvalue:
            raise ValueError(f'{self.public}: {v} is below {self.minvalue}')
        if self.maxvalue is not None and v > self.maxvalue:
            raise ValueError(f'{self.public}: {v} is above {self.maxvalue}')
class OneOf(Validator):
    def __init__(self, *options):
        self.options = options
    def validate(self, v):
        if v not in self.options:
            raise ValueError(f'{self.public}: {v!r} not in {self.options}')
class Component:
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)
    price = Number(0, 1000)
    def __init__(self, kind, quantity, price):
        self.kind, self.quantity, self.price = kind, quantity, price
c = Component('wood', 5, 9.99)
print(c.kind, c.quantity, c.price, sorted(vars(c)))
for args in [('glass', 1, 1), ('metal', -1, 1), ('metal', 1, 5000), ('metal', '1', 1)]:
    try:
        Component(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Component.price).__name__, Component.price.public, Component.kind.options)
