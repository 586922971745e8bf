# ImportError's name, path and msg attributes, set by import and by the constructor.
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg, e.args, isinstance(e, ImportError))
try:
    from sys import no_such_name
except ImportError as e:
    print(e.name, e.path, e.msg)
e = ImportError('boom', name='pkg', path='/p/pkg.py')
print(e.name, e.path, e.msg, e.args, str(e))
print(ImportError().name, ImportError().msg, ImportError('a', 'b').msg, ModuleNotFoundError('m', name='x').name)
try:
    ImportError('x', bogus=1)
except TypeError as err:
    print('TypeError:', err)
class MyErr(ImportError):
    pass
m = MyErr('q', name='n')
print(m.name, m.msg, type(m).__name__)
m.name = 'changed'
print(m.name)
