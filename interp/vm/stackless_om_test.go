package vm_test

import "testing"

// TestParkInMapObjects: map/filter/zip/enumerate over a Python function
// or a parking generator are the built-in classes (type(m) is map), and
// iterating them — in a for loop, a comprehension, yield from, or a
// consumer such as list() or sum() — resumes their Python generator as a
// frame, so every park returns to the scheduler.
func TestParkInMapObjects(t *testing.T) {
	g, m, parks := parkScenario(t, `
def gen(n):
    for i in range(n):
        yield i + 0 * _park_test()
def sub():
    yield from map(lambda x: x + 0 * _park_test(), [5, 6])
def worker():
    global r, kinds
    m = map(lambda x: x * 10, gen(3))
    f = filter(lambda x: x + 0 * _park_test(), [0, 1, 2])
    z = zip(gen(2), "ab")
    e = enumerate(gen(2), 1)
    kinds = [type(m) is map, type(f) is filter, type(z) is zip, type(e) is enumerate]
    out = []
    for x in m:
        out.append(x)
    r = [out, [x for x in f], list(z), sum(b for a, b in e), list(sub())]
`)
	expect(t, g, "kinds", "[True, True, True, True]")
	expect(t, g, "r", "[[0, 10, 20], [1, 2], [(0, 'a'), (1, 'b')], 1, [5, 6]]")
	if parks != 12 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInYieldFromPythonIterator: yield from over an instance of a
// Python iterator class runs its __next__ as a frame; the
// iterator's StopIteration value is the value of the expression.
func TestParkInYieldFromPythonIterator(t *testing.T) {
	g, m, parks := parkScenario(t, `
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        _park_test()
        if self.n == 0:
            raise StopIteration('done')
        self.n -= 1
        return self.n
def outer():
    result = yield from Countdown(3)
    yield result
def worker():
    global r
    r = list(outer())
`)
	expect(t, g, "r", "[2, 1, 0, 'done']")
	if parks != 4 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInOneDunderBuiltins: len, hash, abs, format, iter and next on
// instances of Python classes whose dunder parks, iter(callable,
// sentinel) with a parking callable, and next() of a parking generator
// (with its return value in StopIteration) all return to the scheduler.
func TestParkInOneDunderBuiltins(t *testing.T) {
	g, m, parks := parkScenario(t, `
class Obj:
    def __len__(self):
        return 3 + 0 * _park_test()
    def __hash__(self):
        return 7 + 0 * _park_test()
    def __abs__(self):
        return 5 + 0 * _park_test()
    def __format__(self, spec):
        return spec * (1 + 0 * _park_test())
    def __iter__(self):
        _park_test()
        return iter([1, 2])
    def __next__(self):
        return 9 + 0 * _park_test()
def gen():
    yield 1 + 0 * _park_test()
    return 'done' + str(0 * _park_test())
def worker():
    global r
    o = Obj()
    n = iter([10, 20, 30])
    calls = iter(lambda: next(n) + 0 * _park_test(), 30)
    it = gen()
    first = next(it)
    try:
        next(it)
        stop = None
    except StopIteration as e:
        stop = e.value
    r = [len(o), hash(o), abs(o), format(o, 'ab'), list(iter(o)), next(o), next(gen(), 0),
         list(calls), first, stop, next(it, 'dflt')]
`)
	expect(t, g, "r", "[3, 7, 5, 'ab', [1, 2], 9, 1, [10, 20], 1, 'done0', 'dflt']")
	if parks != 12 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInPythonComparisonsOfSort: sorted(), list.sort(), min() and
// max() of instances with a parking Python __lt__/__gt__, without key=,
// and sorted(key=) whose keys are such instances.
func TestParkInPythonComparisonsOfSort(t *testing.T) {
	g, m, parks := parkScenario(t, `
class K:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        _park_test()
        return self.n < o.n
    def __gt__(self, o):
        _park_test()
        return self.n > o.n
    def __repr__(self):
        return 'K%d' % self.n
def worker():
    global r
    xs = [K(3), K(1), K(2)]
    ys = xs[:]
    ys.sort(reverse=True)
    ns = lambda ks: [k.n for k in ks]
    r = [ns(sorted(xs)), ns(ys), min(xs).n, max(xs).n, max(K(5), K(4)).n, sorted([1, 2, 3], key=lambda n: K(-n))]
`)
	expect(t, g, "r", "[[1, 2, 3], [3, 2, 1], 1, 3, 5, [3, 2, 1]]")
	if parks == 0 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInGetattr: getattr() and hasattr() of a parking property, a
// parking Python descriptor and a parking __getattr__ (with and without a
// default, and behind a getter that raises AttributeError) do not pin.
func TestParkInGetattr(t *testing.T) {
	g, m, parks := parkScenario(t, `
class D:
    def __get__(self, obj, owner):
        return 'd' + str(0 * _park_test())
class C:
    d = D()
    @property
    def p(self):
        return 'p' + str(0 * _park_test())
    @property
    def q(self):
        _park_test()
        raise AttributeError('q')
    def __getattr__(self, name):
        _park_test()
        if name == 'missing':
            raise AttributeError(name)
        return name
def worker():
    global r
    c = C()
    r = [getattr(c, 'p'), getattr(c, 'd'), getattr(c, 'dyn'), getattr(c, 'missing', 0),
         hasattr(c, 'missing'), hasattr(c, 'p'), getattr(c, 'q')]
`)
	expect(t, g, "r", "['p0', 'd0', 'dyn', 0, False, True, 'q']")
	if parks != 8 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInClassBody: a class statement's body runs as a frame of the
// loop (retClassBody), so a park inside it returns to the scheduler, and
// the class is still built afterwards (with __prepare__'s namespace, a
// __classcell__ for super(), keywords, and *bases).
func TestParkInClassBody(t *testing.T) {
	g, m, parks := parkScenario(t, `
class Base:
    def hello(self):
        return 'base'
def worker():
    global r
    class A(Base):
        x = _park_test()
        def hello(self):
            return 'a+' + super().hello()
    bases = (A,)
    class B(*bases, **{}):
        y = _park_test()
    r = [A.x, B.y, B().hello(), B.__mro__[1] is A, A.__qualname__]
`)
	expect(t, g, "r", "[1, 2, 'a+base', True, 'worker.<locals>.A']")
	if parks != 2 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInClassHooks: __set_name__ and __init_subclass__ that park run
// as frames after the class body (metaclass type), in CPython's order.
func TestParkInClassHooks(t *testing.T) {
	g, m, parks := parkScenario(t, `
log = []
class Field:
    def __set_name__(self, owner, name):
        log.append((name, _park_test()))
class Base:
    def __init_subclass__(cls, tag):
        log.append((cls.__name__, tag, _park_test()))
def worker():
    global r
    class A(Base, tag='t'):
        a = Field()
        b = Field()
    r = [log, A.__name__]
`)
	expect(t, g, "r", "[[('a', 1), ('b', 2), ('A', 't', 3)], 'A']")
	if parks != 3 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInMetaclassCall: calling a class whose metaclass defines a
// Python __call__ pushes that __call__ as a frame.
func TestParkInMetaclassCall(t *testing.T) {
	g, m, parks := parkScenario(t, `
class Meta(type):
    def __call__(cls, x):
        _park_test()
        return ('made', cls.__name__, x)
class C(metaclass=Meta):
    pass
def worker():
    global r
    r = [C(1), C(x=2)]
`)
	expect(t, g, "r", "[('made', 'C', 1), ('made', 'C', 2)]")
	if parks != 2 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}
