# Initialisation order: class bodies at definition, __init__ chains, overridden methods called from base __init__.
log = []
class Base:
    log.append('Base body')
    def __init__(self):
        log.append('Base.__init__ start')
        self.setup()
        log.append('Base.__init__ end')
    def setup(self):
        log.append('Base.setup')
class Child(Base):
    log.append('Child body')
    def __init__(self):
        log.append('Child.__init__ before super')
        self.extra = 'set before super'
        super().__init__()
        log.append('Child.__init__ after super')
    def setup(self):
        log.append(f'Child.setup sees extra={self.extra!r}')
log.append('classes defined')
Child()
print('\n'.join(log))
class NoSuper(Base):
    def __init__(self):
        self.x = 1
n = NoSuper()
print(hasattr(n, 'x'), 'Base.setup' in log[-3:])
class Attr:
    count = 0
    def __init__(self):
        Attr.count += 1
        self.id = Attr.count
print([Attr().id for _ in range(3)], Attr.count)
