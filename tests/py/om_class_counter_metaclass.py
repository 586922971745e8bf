# A metaclass that counts instances per class and adds a classmethod; metaclass inheritance across subclasses.
class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        cls.instances += 1
        return obj
    @property
    def summary(cls):
        return f'{cls.__name__}: {cls.instances}'
class Widget(metaclass=Counted):
    def __init__(self, name):
        self.name = name
class Button(Widget):
    pass
ws = [Widget('a'), Button('b'), Button('c')]
print(Widget.summary, Button.summary, type(Button).__name__, Widget.instances, Button.instances)
try:
    ws[0].summary
except AttributeError as e:
    print('AttributeError:', e)
class OtherMeta(type):
    pass
class Plain(metaclass=OtherMeta):
    pass
try:
    class Mixed(Widget, Plain):
        pass
except TypeError as e:
    print('TypeError:', e)
