import sys
sys.stderr = sys.stdout
import collections
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList
import collections.abc as cabc


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
check('nt repr', lambda: p)
check('nt fields', lambda: (p.x, p.y, p[0], Point._fields))
check('nt tuple', lambda: (isinstance(p, tuple), tuple(p), p == (1, 2), len(p)))
check('nt asdict', lambda: p._asdict())
check('nt replace', lambda: p._replace(x=5))
check('nt replace bad', lambda: p._replace(z=5))
check('nt make', lambda: Point._make([3, 4]))
check('nt make bad', lambda: Point._make([3]))
check('nt missing', lambda: Point(1))
check('nt extra', lambda: Point(1, 2, 3))
check('nt kw bad', lambda: Point(1, z=2))
check('nt class', lambda: (Point.__name__, Point.__module__, Point.__doc__, Point.__bases__))
check('nt field doc', lambda: Point.x.__doc__)
check('nt new doc', lambda: Point.__new__.__doc__)
check('nt match_args', lambda: Point.__match_args__)
check('nt immutable', lambda: setattr(p, 'x', 3))
check('nt getnewargs', lambda: p.__getnewargs__())
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[2, 3])
check('nt defaults', lambda: (P3(1), P3._field_defaults, P3.__new__.__defaults__))
check('nt too many defaults', lambda: namedtuple('X', 'a', defaults=[1, 2]))
check('nt comma names', lambda: namedtuple('X', 'a, b')._fields)
check('nt rename', lambda: namedtuple('R', ['a', 'def', 'a', '_x', '1'], rename=True)._fields)
check('nt keyword', lambda: namedtuple('X', ['def']))
check('nt bad ident', lambda: namedtuple('X', ['1a']))
check('nt underscore', lambda: namedtuple('X', ['_a']))
check('nt dup', lambda: namedtuple('X', ['a', 'a']))
check('nt bad typename', lambda: namedtuple('my class', ['a']))
check('nt one field', lambda: namedtuple('One', 'a')(5))
check('nt zero fields', lambda: namedtuple('Zero', '')())
check('nt module', lambda: namedtuple('M', 'a', module='mymod').__module__)
check('nt subclass', lambda: type('Sub', (Point,), {'__slots__': ()})(1, 2))
check('nt unpack', lambda: [a + b for a, b in [Point(1, 2), Point(3, 4)]])

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
check('od repr', lambda: od)
check('od empty repr', lambda: OrderedDict())
od.move_to_end('a')
check('od move_to_end', lambda: list(od))
od.move_to_end('a', last=False)
check('od move_to_end first', lambda: list(od))
check('od move missing', lambda: od.move_to_end('zz'))
check('od popitem', lambda: (od.popitem(), od.popitem(last=False), od))
check('od popitem empty', lambda: OrderedDict().popitem())
check('od eq order', lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1)))
check('od ne', lambda: OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
check('od fromkeys', lambda: OrderedDict.fromkeys('xy', 0))
check('od copy', lambda: OrderedDict(a=1).copy())
check('od or', lambda: OrderedDict(a=1) | {'b': 2})
check('od reversed', lambda: list(reversed(OrderedDict(a=1, b=2))))
check('od setdefault', lambda: (OrderedDict(a=1).setdefault('b', 5)))
check('od isinstance', lambda: isinstance(OrderedDict(), dict))

dd = defaultdict(list)
dd['a'].append(1)
dd['b']
check('dd', lambda: dd)
check('dd factory', lambda: dd.default_factory)
check('dd none', lambda: defaultdict()['x'])
check('dd bad', lambda: defaultdict(3))
check('dd int', lambda: (lambda d: (d['x'], d))(defaultdict(int)))
check('dd copy', lambda: (lambda c: (type(c).__name__, c.default_factory, c))(dd.copy()))
check('dd get no insert', lambda: (dd.get('zz'), 'zz' in dd))
check('dd init kwargs', lambda: defaultdict(int, {'a': 1}, b=2))
check('dd lambda repr', lambda: repr(defaultdict(None, a=1)))

c = Counter('abracadabra')
check('counter', lambda: c)
check('counter missing', lambda: c['z'])
check('most_common', lambda: c.most_common(2))
check('most_common all', lambda: c.most_common())
check('most_common neg', lambda: c.most_common(-1))
check('elements', lambda: sorted(Counter(a=2, b=1, c=0, d=-1).elements()))
check('total', lambda: c.total())
c2 = Counter(a=3, b=1)
c2.update('aab')
check('update', lambda: c2)
c2.update({'a': 1, 'z': 2})
check('update mapping', lambda: c2)
c2.subtract(a=10)
check('subtract', lambda: c2)
check('add', lambda: Counter(a=3, b=1) + Counter(a=1, b=2))
check('sub', lambda: Counter(a=3, b=1) - Counter(a=1, b=2))
check('or', lambda: Counter(a=3, b=1) | Counter(a=1, b=2))
check('and', lambda: Counter(a=3, b=1) & Counter(a=1, b=2))
check('pos neg', lambda: (+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2)))
check('counter eq', lambda: (Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}))
check('counter le', lambda: (Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2)))
check('counter empty', lambda: Counter())
check('counter del', lambda: (lambda x: (x.__delitem__('q'), x))(Counter(a=1)))
check('counter fromkeys', lambda: Counter.fromkeys('ab'))
check('counter iadd', lambda: (lambda x: (x.__iadd__(Counter(a=-5, b=1))))(Counter(a=1)))
check('counter kwargs', lambda: Counter(a=2, b=3))
check('counter copy', lambda: (lambda x: (type(x).__name__, x))(Counter(a=1).copy()))

d = deque([1, 2, 3])
check('deque', lambda: d)
d.appendleft(0)
d.append(4)
check('deque appends', lambda: d)
check('deque pops', lambda: (d.pop(), d.popleft(), d))
d.extend([4, 5])
d.extendleft([-1, -2])
check('deque extends', lambda: d)
d.rotate(2)
check('deque rotate', lambda: d)
d.rotate(-3)
check('deque rotate neg', lambda: d)
check('deque index', lambda: (d[0], d[-1], d[2]))
check('deque index err', lambda: d[100])
check('deque empty pop', lambda: deque().pop())
check('deque empty popleft', lambda: deque().popleft())
m = deque(range(5), maxlen=3)
check('deque maxlen', lambda: (m, m.maxlen))
m.append(9)
m.appendleft(7)
check('deque maxlen append', lambda: m)
check('deque maxlen insert', lambda: m.insert(0, 1))
check('deque zero', lambda: (lambda z: (z.append(1), z))(deque(maxlen=0)))
check('deque setitem', lambda: (lambda q: (q.__setitem__(1, 'x'), q))(deque('abc')))
check('deque delitem', lambda: (lambda q: (q.__delitem__(1), q))(deque('abcd')))
check('deque insert', lambda: (lambda q: (q.insert(1, 'z'), q))(deque('abc')))
check('deque remove', lambda: (lambda q: (q.remove('b'), q))(deque('abcb')))
check('deque remove missing', lambda: deque('abc').remove('z'))
check('deque index method', lambda: deque('abcb').index('b', 2))
check('deque index missing', lambda: deque('abc').index('z'))
check('deque count', lambda: deque('abcb').count('b'))
check('deque reverse', lambda: (lambda q: (q.reverse(), q))(deque([1, 2, 3])))
check('deque clear', lambda: (lambda q: (q.clear(), q, len(q)))(deque([1, 2, 3])))
check('deque contains', lambda: (2 in deque([1, 2]), 5 in deque([1, 2])))
check('deque eq', lambda: (deque([1]) == deque([1]), deque([1]) == [1], deque([1]) < deque([2])))
check('deque add', lambda: deque([1]) + deque([2]))
check('deque add bad', lambda: deque([1]) + [2])
check('deque mul', lambda: deque([1, 2]) * 2)
check('deque copy', lambda: deque([1], maxlen=4).copy())
check('deque reversed', lambda: list(reversed(deque([1, 2, 3]))))
check('deque bool', lambda: (bool(deque()), bool(deque([0]))))
check('deque neg maxlen', lambda: deque(maxlen=-1))


def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
check('deque mutate', mutate)
big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
check('deque big', lambda: (len(big), big[0], big[-1], big[100], sum(big)))
check('deque abc', lambda: isinstance(deque(), cabc.MutableSequence))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
check('chainmap', lambda: cm)
check('chainmap get', lambda: (cm['a'], cm['b'], cm.get('z', 0)))
check('chainmap missing', lambda: cm['z'])
check('chainmap len iter', lambda: (len(cm), list(cm), sorted(cm.items())))
cm['c'] = 4
check('chainmap set', lambda: cm.maps)
check('chainmap del', lambda: cm.__delitem__('b'))
check('chainmap new_child', lambda: cm.new_child({'x': 0}))
check('chainmap new_child kw', lambda: cm.new_child(y=1).maps[0])
check('chainmap parents', lambda: cm.parents)
check('chainmap pop', lambda: (cm.pop('c'), cm.maps[0]))
check('chainmap pop missing', lambda: cm.pop('zz'))
check('chainmap popitem', lambda: (cm.popitem(), cm.maps[0]))
check('chainmap popitem empty', lambda: cm.popitem())
check('chainmap in', lambda: ('b' in cm, 'q' in cm))
check('chainmap bool', lambda: (bool(ChainMap()), bool(ChainMap({}, {'a': 1}))))
check('chainmap or', lambda: ChainMap({'a': 1}) | {'b': 2})
check('chainmap eq', lambda: ChainMap({'a': 1}) == {'a': 1})

ud = UserDict(a=1)
ud['b'] = 2
check('userdict', lambda: (ud, ud.data, len(ud), 'a' in ud, ud.get('z')))
check('userdict missing', lambda: ud['z'])
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
check('userlist', lambda: (ul, ul.data, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul)))

check('abc isinstance', lambda: [isinstance(x, cabc.Sequence) for x in ([], (), '', range(1), {}, set())])
check('abc mapping', lambda: [isinstance(x, cabc.Mapping) for x in ({}, OrderedDict(), [], ChainMap())])
check('abc mutable', lambda: [isinstance(x, cabc.MutableMapping) for x in ({}, UserDict(), Counter())])
check('abc set', lambda: [isinstance(x, cabc.Set) for x in (set(), frozenset(), {}.keys(), {}.items(), [])])
check('abc mutset', lambda: [isinstance(x, cabc.MutableSet) for x in (set(), frozenset())])
check('abc iterable', lambda: [isinstance(x, cabc.Iterable) for x in ([], 1, 'a', iter([]), (i for i in []))])
check('abc iterator', lambda: [isinstance(x, cabc.Iterator) for x in ([], iter([]), iter({}), (i for i in []), iter(range(3)))])
check('abc generator', lambda: [isinstance(x, cabc.Generator) for x in ((i for i in []), iter([]))])
check('abc hashable', lambda: [isinstance(x, cabc.Hashable) for x in (1, [], (), {}, 'a')])
check('abc sized', lambda: [isinstance(x, cabc.Sized) for x in (1, [], 'a')])
check('abc callable', lambda: [isinstance(x, cabc.Callable) for x in (len, 1, lambda: 0, int)])
check('abc container', lambda: [isinstance(x, cabc.Container) for x in ([], 1)])
check('abc collection', lambda: [isinstance(x, cabc.Collection) for x in ([], 1, {}, 'a')])
check('abc reversible', lambda: [isinstance(x, cabc.Reversible) for x in ([], {}, set())])
check('abc mutseq', lambda: [isinstance(x, cabc.MutableSequence) for x in ([], (), bytearray())])
check('abc bytestring', lambda: [isinstance(x, cabc.ByteString) for x in (b'', bytearray(), '')])


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NotIt:
    __iter__ = None


check('abc structural', lambda: (isinstance(It(), cabc.Iterator), isinstance(NotIt(), cabc.Iterable), issubclass(It, cabc.Iterable)))


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(1, 2, 3, 2)
check('seq mixins', lambda: (list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2)))
check('seq index missing', lambda: s.index(9))


class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MyMap(a=1, b=2)
check('map mixins', lambda: (mm.get('a'), mm.get('z', 0), 'a' in mm, list(mm.keys()), list(mm.items()), list(mm.values()), mm == {'a': 1, 'b': 2}))
check('map views', lambda: (mm.keys() & {'a'}, ('a', 1) in mm.items(), 2 in mm.values(), len(mm.keys())))
check('keysview repr', lambda: repr(mm.keys()).startswith('KeysView('))
check('abstract', lambda: cabc.Sequence())
check('abstract partial', lambda: type('Half', (cabc.Mapping,), {'__getitem__': lambda s, k: 1})())


class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


ms = MySet([1, 2, 3])
check('set mixins', lambda: (sorted(ms & {2, 3, 4}), sorted(ms | {9}), sorted(ms - {1}), sorted(ms ^ {1, 7}), ms <= MySet([1, 2, 3, 4]), ms == MySet([3, 2, 1]), ms.isdisjoint({8})))
ms.remove(1)
ms |= {10}
check('set mutate', lambda: sorted(ms))
check('set remove missing', lambda: ms.remove(99))
check('set pop', lambda: (ms.pop(), sorted(ms)))
check('abc generic alias', lambda: (repr(cabc.Iterable[int]), repr(cabc.Callable[[int], str]) != ''))
check('od popitem order', lambda: (lambda o: [o.popitem(last=False) for _ in range(3)])(OrderedDict.fromkeys('abc', 0)))
check('od move then iterate', lambda: (lambda o: (o.move_to_end('b', last=False), list(o.items())))(OrderedDict(a=1, b=2, c=3)))
check('od update keeps order', lambda: (lambda o: (o.update(a=9), list(o)))(OrderedDict(a=1, b=2)))
check('od del reinsert', lambda: (lambda o: (o.__delitem__('a'), o.__setitem__('a', 1), list(o)))(OrderedDict(a=1, b=2)))
check('counter words', lambda: Counter('the cat and the hat and the bat'.split()).most_common(2))
check('counter update kw', lambda: (lambda c: (c.update(x=2), c))(Counter('x')))
check('counter subtract iter', lambda: (lambda c: (c.subtract('aab'), c))(Counter('ab')))
check('deque rotate big', lambda: (lambda q: (q.rotate(7), q))(deque(range(5))))
check('deque slice', lambda: deque([1, 2])[0:1])
check('deque extend self', lambda: (lambda q: (q.extend(q), q))(deque([1, 2])))
check('deque maxlen extendleft', lambda: (lambda q: (q.extendleft('abcd'), q))(deque(maxlen=2)))
check('nt _fields_defaults empty', lambda: Point._field_defaults)
check('nt compare', lambda: (Point(1, 2) < Point(1, 3), Point(1, 2) == Point(1, 2), hash(Point(1, 2)) == hash((1, 2))))
check('chainmap nested update', lambda: (lambda c: (c.update(z=1), c.maps))(ChainMap({}, {'a': 1})))
check('defaultdict nested', lambda: (lambda t: (t['a']['b'].append(1), t))(defaultdict(lambda: defaultdict(list)))[1]['a']['b'])
