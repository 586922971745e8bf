# Descriptors accessed on the class (instance None), class-level caching descriptors, and descriptors on metaclasses.
class ClassProperty:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        return self.f(owner)
class Model:
    table_prefix = 'tbl_'
    @ClassProperty
    def table(cls):
        return cls.table_prefix + cls.__name__.lower()
class User(Model):
    pass
print(Model.table, User.table, User().table)
class Lazy:
    def __init__(self, f):
        self.f, self.name = f, f.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.f(obj)
        obj.__dict__[self.name] = value
        return value
class Doc:
    def __init__(self, text):
        self.text = text
    @Lazy
    def words(self):
        print('  splitting')
        return self.text.split()
d = Doc('a b c')
print(d.words, d.words, type(Doc.words).__name__, 'words' in vars(d))
