# __repr__ and __str__ of classes; defaults without them mention only the class name here.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
class Named(Point):
    def __str__(self):
        return f'<{self.x}, {self.y}>'
p, n = Point(1, 'a'), Named(2.5, None)
print(p, str(p), repr(p), [p], n, repr(n), [n], f'{n}', f'{n!r}', '%s %r' % (n, n), {'k': n})
class Plain:
    pass
r = repr(Plain())
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'))
print(repr(Plain), repr(Point), str(int), Point.__repr__ is not object.__repr__)
