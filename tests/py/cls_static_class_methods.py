# staticmethod and classmethod: calls via class and instance, alternate constructors with subclasses.
class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.scale}'
class Kelvinish(Temp):
    scale = 'K'
t = Temp.from_f(212)
k = Kelvinish.from_f(32)
print(type(t).__name__, t.deg, type(k).__name__, k.deg, Temp.valid(-300), t.valid(0))
print(Temp.describe(), Kelvinish.describe(), k.describe())
print(type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['valid']).__name__)
