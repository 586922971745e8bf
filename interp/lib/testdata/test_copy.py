import sys
sys.stderr = sys.stdout
import copy


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


lst = [1, [2, 3], {'a': [4]}]
sc = copy.copy(lst)
dc = copy.deepcopy(lst)
check('shallow', lambda: (sc == lst, sc is lst, sc[1] is lst[1]))
check('deep', lambda: (dc == lst, dc[1] is lst[1], dc[2]['a'] is lst[2]['a']))
check('atoms', lambda: all(copy.copy(x) is x and copy.deepcopy(x) is x for x in [1, 'a', None, 2.5, (1, 2), b'x', int, len, range(3)]))
t = (1, [2])
check('tuple deep', lambda: (copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.deepcopy(t)))
check('tuple shallow', lambda: copy.copy(t) is t)
s = {1, 2}
check('set', lambda: (copy.copy(s) == s, copy.copy(s) is s))
check('frozenset', lambda: copy.copy(frozenset([1])) == frozenset([1]))
check('dict', lambda: (copy.copy({'a': [1]})['a'], copy.deepcopy({'a': [1]})))
check('bytearray', lambda: (copy.copy(bytearray(b'ab')), copy.deepcopy(bytearray(b'x'))))


class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = 'p'


p = Plain()
pc = copy.copy(p)
pd = copy.deepcopy(p)
check('instance shallow', lambda: (type(pc).__name__, pc.items is p.items, pc.name))
check('instance deep', lambda: (pd.items is p.items, pd.items, vars(pd)))


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


so = Slots()
check('slots shallow', lambda: (copy.copy(so).a is so.a, hasattr(copy.copy(so), 'b')))
check('slots deep', lambda: (copy.deepcopy(so).a is so.a, copy.deepcopy(so).a))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom('copied')

    def __deepcopy__(self, memo):
        return Custom('deep-' + str(len(memo)))


check('__copy__', lambda: copy.copy(Custom(1)).v)
check('__deepcopy__', lambda: copy.deepcopy(Custom(1)).v)
check('__deepcopy__ nested', lambda: copy.deepcopy([Custom(1)])[0].v.startswith('deep-'))

cyc = [1]
cyc.append(cyc)
cd = copy.deepcopy(cyc)
check('cycle', lambda: (cd[1] is cd, cd is not cyc))
shared = [1]
pair = [shared, shared]
pc2 = copy.deepcopy(pair)
check('shared', lambda: pc2[0] is pc2[1])
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
check('memo', lambda: (memo[id(x)] is y, copy.deepcopy(x, memo) is y))


class Node:
    def __init__(self):
        self.next = self


n = Node()
check('instance cycle', lambda: (lambda c: c.next is c and c is not n)(copy.deepcopy(n)))


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x * 10}

    def __setstate__(self, st):
        self.x = st['x'] + 1


check('getstate', lambda: (copy.copy(State()).x, copy.deepcopy(State()).x))


class ListSub(list):
    pass


ls = ListSub([1, [2]])
ls.attr = 'a'
check('list subclass', lambda: (lambda c: (type(c).__name__, list(c), c.attr, c[1] is ls[1]))(copy.copy(ls)))
check('list subclass deep', lambda: (lambda c: (type(c).__name__, list(c), c[1] is ls[1]))(copy.deepcopy(ls)))


class DictSub(dict):
    pass


ds = DictSub(a=[1])
check('dict subclass', lambda: (lambda c: (type(c).__name__, dict(c), c['a'] is ds['a']))(copy.deepcopy(ds)))
check('Error', lambda: (issubclass(copy.Error, Exception), copy.error is copy.Error))
check('function', lambda: copy.deepcopy(check) is check)
check('class', lambda: copy.deepcopy(Plain) is Plain)


class NT(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


check('getnewargs', lambda: copy.copy(NT(1, 2)))
import collections
check('ordereddict', lambda: copy.deepcopy(collections.OrderedDict(a=[1])))
check('deque', lambda: copy.copy(collections.deque([1, 2], maxlen=5)))
check('defaultdict', lambda: copy.deepcopy(collections.defaultdict(list, a=[1])))
