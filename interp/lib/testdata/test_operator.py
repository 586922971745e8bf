import operator as op
import sys
sys.stderr = sys.stdout


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


for name in ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'sub', 'mul', 'floordiv', 'mod', 'pow',
             'truediv', 'lshift', 'rshift', 'and_', 'or_', 'xor', 'is_', 'is_not']:
    f = getattr(op, name)
    check(name, lambda: (f(7, 3), f(2, 5)))
check('matmul', lambda: op.matmul(1, 2))
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    f = getattr(op, name)
    check(name, lambda: (f(5), f(-3), f(0)))
check('index str', lambda: op.index('a'))
check('index bool', lambda: op.index(True))
check('concat', lambda: op.concat([1], [2]))
check('concat int', lambda: op.concat(1, 2))
check('contains', lambda: (op.contains([1, 2], 2), op.contains('abc', 'z')))
check('countOf', lambda: op.countOf([1, 2, 1, 1], 1))
check('indexOf', lambda: op.indexOf([4, 5, 6], 6))
check('indexOf missing', lambda: op.indexOf([4, 5, 6], 7))
d = {'a': 1}
op.setitem(d, 'b', 2)
check('setitem', lambda: d)
op.delitem(d, 'a')
check('delitem', lambda: d)
check('getitem', lambda: op.getitem([1, 2, 3], slice(1, None)))
check('length_hint list', lambda: op.length_hint([1, 2]))
check('length_hint iter', lambda: op.length_hint(iter([1, 2, 3])))
check('length_hint none', lambda: op.length_hint(object(), 7))


class Hint:
    def __length_hint__(self):
        return -1


class HintBad:
    def __length_hint__(self):
        return 'x'


class HintNI:
    def __length_hint__(self):
        return NotImplemented


check('length_hint neg', lambda: op.length_hint(Hint()))
check('length_hint bad', lambda: op.length_hint(HintBad()))
check('length_hint NI', lambda: op.length_hint(HintNI(), 4))
check('length_hint default', lambda: op.length_hint([], 'x'))
check('call', lambda: op.call(max, 1, 5, 3))
for name in ['iadd', 'isub', 'imul', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'itruediv']:
    check(name, lambda: getattr(op, name)(12, 3))
lst = [1]
r = op.iadd(lst, [2])
check('iadd list same', lambda: (r is lst, lst))
check('iconcat', lambda: op.iconcat([1], (2,)))
check('iconcat bad', lambda: op.iconcat(1, 2))

ig = op.itemgetter(1)
check('itemgetter', lambda: (ig('abc'), ig([5, 6])))
check('itemgetter multi', lambda: op.itemgetter(0, 2)('abc'))
check('itemgetter repr', lambda: repr(op.itemgetter(1, 'a')))
check('itemgetter dict', lambda: op.itemgetter('k')({'k': 9}))
check('itemgetter err', lambda: op.itemgetter(5)([1]))
check('itemgetter sort', lambda: sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
check('itemgetter noargs', lambda: op.itemgetter())


class A:
    pass


a = A()
a.x = 1
a.b = A()
a.b.c = 'deep'
check('attrgetter', lambda: op.attrgetter('x')(a))
check('attrgetter dotted', lambda: op.attrgetter('b.c')(a))
check('attrgetter multi', lambda: op.attrgetter('x', 'b.c')(a))
check('attrgetter repr', lambda: repr(op.attrgetter('x', 'b.c')))
check('attrgetter missing', lambda: op.attrgetter('nope')(a))
check('attrgetter nonstr', lambda: op.attrgetter(1))
mc = op.methodcaller('split', ',', maxsplit=1)
check('methodcaller', lambda: mc('a,b,c'))
check('methodcaller repr', lambda: repr(mc))
check('methodcaller nonstr', lambda: op.methodcaller(3))
check('methodcaller upper', lambda: op.methodcaller('upper')('x'))
check('dunder aliases', lambda: (op.__add__ is op.add, op.__not__ is op.not_, op.__getitem__ is op.getitem))
check('all', lambda: sorted(n for n in op.__all__ if not n.startswith('_')))
