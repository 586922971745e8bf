import sys
sys.stderr = sys.stdout
import types


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


def f():
    pass


async def co():
    pass


def gen():
    yield


class C:
    def m(self):
        pass


check('FunctionType', lambda: (type(f) is types.FunctionType, types.LambdaType is types.FunctionType, types.FunctionType.__name__))
check('GeneratorType', lambda: isinstance(gen(), types.GeneratorType))
c = co()
check('CoroutineType', lambda: isinstance(c, types.CoroutineType))
c.close()
check('MethodType', lambda: (isinstance(C().m, types.MethodType), types.MethodType(f, 1).__self__))
check('BuiltinFunctionType', lambda: (isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType)))
check('ModuleType', lambda: (isinstance(sys, types.ModuleType), types.ModuleType('m').__name__))
check('CodeType', lambda: isinstance(f.__code__, types.CodeType))
check('MappingProxyType', lambda: (types.MappingProxyType({'a': 1})['a'], type(type.__dict__) is types.MappingProxyType))
mp = types.MappingProxyType({'a': 1})
check('MappingProxy readonly', lambda: mp.__setitem__('b', 2))
check('NoneType etc', lambda: (types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented)))
check('GenericAlias', lambda: (types.GenericAlias is type(list[int]), repr(types.GenericAlias(list, (int,)))))
check('UnionType', lambda: isinstance(int | str, types.UnionType))
check('CellType', lambda: type((lambda: f).__closure__) is type(None) or True)
check('descriptor types', lambda: (isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType), isinstance(object().__str__, types.MethodWrapperType)))
check('TracebackType', lambda: types.TracebackType.__name__)
check('FrameType', lambda: types.FrameType.__name__)
ns = types.SimpleNamespace(a=1, b='x')
check('SimpleNamespace', lambda: (ns, ns.a, ns.b))
ns.c = [1]
del ns.a
check('SimpleNamespace mutate', lambda: ns)
check('SimpleNamespace eq', lambda: (types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2)))
check('SimpleNamespace empty', lambda: types.SimpleNamespace())
# CPython's messages name the C type 'types.SimpleNamespace'; only the
# exception types are compared.
check('SimpleNamespace missing', lambda: hasattr(types.SimpleNamespace(), 'zz'))
check('SimpleNamespace hash', lambda: types.SimpleNamespace.__hash__ is None)
check('SimpleNamespace dict', lambda: vars(types.SimpleNamespace(x=2)))


class NS(types.SimpleNamespace):
    pass


check('SimpleNamespace subclass', lambda: NS(q=1))
X = types.new_class('X', (int,), {}, lambda ns: ns.update({'double': lambda self: self * 2}))
check('new_class', lambda: (X.__name__, X(4).double(), X.__bases__))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': kw}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


Y = types.new_class('Y', (), {'metaclass': Meta, 'flag': 1})
check('new_class meta', lambda: (type(Y) is Meta, Y.prepared))
check('prepare_class', lambda: types.prepare_class('Z', (), {'metaclass': Meta, 'k': 2})[1:])
check('prepare_class default', lambda: types.prepare_class('Z'))


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


check('resolve_bases', lambda: types.resolve_bases((int, Entry())))
check('resolve_bases same', lambda: (lambda b: types.resolve_bases(b) is b)((int,)))
Z = types.new_class('Z', (Entry(),))
check('new_class orig_bases', lambda: (Z.__bases__, len(Z.__orig_bases__)))


class DCA:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance'


check('DynamicClassAttribute', lambda: (DCA().name, hasattr(DCA, 'name')))
check('metaclass conflict', lambda: types.new_class('Bad', (Y, X)))
