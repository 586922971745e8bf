package vm_test

import (
	"strings"
	"testing"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// parkScenario runs worker() of src on a thread that a minimal scheduler
// runs to completion, where _park_test() parks and is resumed with the
// number of the park (1, 2, ...). It fails the test if any park pins the thread (the PinnedWait
// hook runs or the interpreter's pinned counter moves) and returns the
// interpreter's globals and metrics.
func parkScenario(t *testing.T, src string) (*objects.Dict, vm.Metrics, int) {
	t.Helper()
	in, g := newInterp(t)
	parks := 0
	in.Builtins.SetStr(objects.Interned("_park_test"), objects.NewBuiltin("_park_test",
		func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			parks++
			return objects.Value{}, objects.ErrPark
		}, nil).Value())
	setup := in.NewThread()
	if err := run(t, in, setup, g, src); err != nil {
		t.Fatal(err)
	}
	var trace strings.Builder
	in.TracePinned(&trace)
	before := in.Metrics()
	th := in.NewThread()
	th.PinnedWait = func(*vm.Thread) (objects.Value, error) {
		t.Fatalf("a park pinned the thread:\n%s", trace.String())
		return objects.Value{}, nil
	}
	if err := th.Start(global(t, g, "worker"), nil); err != nil {
		t.Fatal(err)
	}
	for round := int64(1); ; round++ {
		_, err := th.Run()
		if err != objects.ErrPark {
			if err != nil {
				t.Fatalf("worker failed: %v", err)
			}
			break
		}
		th.Resume(objects.Int(round), nil)
	}
	after := in.Metrics()
	if after.PinnedParks != before.PinnedParks {
		t.Fatalf("pinned parks: %d, want 0", after.PinnedParks-before.PinnedParks)
	}
	return g, vm.Metrics{
		NativeReentries: after.NativeReentries - before.NativeReentries,
		PinnedParks:     after.PinnedParks - before.PinnedParks,
	}, parks
}

// expect checks repr(name) after a scenario.
func expect(t *testing.T, g *objects.Dict, name, want string) {
	t.Helper()
	if got := repr(t, global(t, g, name)); got != want {
		t.Fatalf("%s = %s, want %s", name, got, want)
	}
}

// TestParkInGeneratorConsumedBySum: sum() over a generator that parks
// runs as Python frames (the built-in's Python version), so the parks
// return to the scheduler.
func TestParkInGeneratorConsumedBySum(t *testing.T) {
	g, m, parks := parkScenario(t, `
def gen():
    for i in range(3):
        yield _park_test()
def worker():
    global r, l
    r = sum(gen())
    l = list(x * 2 for x in gen())
`)
	expect(t, g, "r", "6")
	expect(t, g, "l", "[8, 10, 12]")
	if parks != 6 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInSortKey: sorted(key=...) and list.sort(key=...) whose key
// function parks.
func TestParkInSortKey(t *testing.T) {
	g, m, parks := parkScenario(t, `
def worker():
    global r, s
    r = sorted([3, 1, 2], key=lambda x: -x + 0 * _park_test())
    s = [1, 2]
    s.sort(key=lambda x: -x + 0 * _park_test(), reverse=True)
`)
	expect(t, g, "r", "[3, 2, 1]")
	expect(t, g, "s", "[1, 2]")
	if parks != 5 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInGetItemDuringAugmentedAssignment: a[i] += 1 with a
// __getitem__ and __setitem__ that park.
func TestParkInGetItemDuringAugmentedAssignment(t *testing.T) {
	g, m, parks := parkScenario(t, `
class A:
    def __init__(self):
        self.d = {0: 10}
    def __getitem__(self, k):
        _park_test()
        return self.d[k]
    def __setitem__(self, k, v):
        _park_test()
        self.d[k] = v
a = A()
def worker():
    global r
    a[0] += 1
    r = a.d[0]
`)
	expect(t, g, "r", "11")
	if parks != 2 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInPropertyGetter: a property getter (and setter) that parks.
func TestParkInPropertyGetter(t *testing.T) {
	g, _, parks := parkScenario(t, `
class P:
    @property
    def v(self):
        return _park_test() * 10
    @v.setter
    def v(self, x):
        self.stored = x + _park_test()
def worker():
    global r, s
    p = P()
    r = p.v
    p.v = 100
    s = p.stored
`)
	expect(t, g, "r", "10")
	expect(t, g, "s", "102")
	if parks != 2 {
		t.Fatalf("parks = %d", parks)
	}
}

// TestParkInEnterExit: __enter__ and __exit__ that park.
func TestParkInEnterExit(t *testing.T) {
	g, _, parks := parkScenario(t, `
class CM:
    def __enter__(self):
        return _park_test()
    def __exit__(self, *exc):
        self.exit = (exc[0], _park_test())
        return True
cm = CM()
def worker():
    global r, e
    with cm as x:
        r = x
    with cm:
        raise KeyError
    e = cm.exit
`)
	expect(t, g, "r", "1")
	expect(t, g, "e", "(<class 'KeyError'>, 4)")
	if parks != 4 {
		t.Fatalf("parks = %d", parks)
	}
}

// TestParkInNextOfForLoop: a Python __next__ that parks drives a for
// loop; its StopIteration ends the loop.
func TestParkInNextOfForLoop(t *testing.T) {
	g, _, parks := parkScenario(t, `
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n * 100 + _park_test()
def worker():
    global r
    r = []
    for x in It():
        r.append(x)
`)
	expect(t, g, "r", "[101, 202, 303]")
	if parks != 3 {
		t.Fatalf("parks = %d", parks)
	}
}

// TestParkInOperators: binary (with a NotImplemented fallback to the
// reflected method), in-place, comparison, unary, __bool__, __len__,
// __contains__, __call__ and __getattr__ methods that park.
func TestParkInOperators(t *testing.T) {
	g, m, _ := parkScenario(t, `
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        _park_test()
        return NotImplemented if isinstance(o, str) else N(self.v + o)
    def __radd__(self, o):
        _park_test()
        return N(o + self.v + 1000)
    def __iadd__(self, o):
        _park_test()
        return NotImplemented
    def __lt__(self, o):
        _park_test()
        return self.v < o.v
    def __neg__(self):
        _park_test()
        return N(-self.v)
    def __bool__(self):
        _park_test()
        return self.v > 0
    def __contains__(self, x):
        _park_test()
        return x == self.v
    def __call__(self, x):
        _park_test()
        return x + self.v
    def __getattr__(self, name):
        _park_test()
        return name * 2
class L:
    def __len__(self):
        _park_test()
        return 0
def worker():
    global r
    a = N(1)
    b = a + 2
    c = 5 + a
    a += 3
    r = [b.v, c.v, a.v, N(1) < N(2), (-N(4)).v, bool(N(0)) or "falsy",
         "yes" if N(1) else "no", 1 in N(1), 2 not in N(1), N(10)(5), N(0).xy,
         "L" if not L() else "?", N(0) or "or", N(2) and "and", L() or "Lor"]
`)
	expect(t, g, "r", "[3, 1006, 4, True, -4, 'falsy', 'yes', True, True, 15, 'xyxy', 'L', 'or', 'and', 'Lor']")
	if m.NativeReentries != 0 {
		t.Fatalf("re-entries = %d, want 0", m.NativeReentries)
	}
}

// TestParkInBuiltinsDrivingPython covers the other built-ins whose
// Python versions run instead of Go loops: any/all, min/max with a key,
// map/filter/enumerate/zip over parking generators and str.join.
func TestParkInBuiltinsDrivingPython(t *testing.T) {
	g, m, _ := parkScenario(t, `
def gen(n):
    for i in range(n):
        yield i + 0 * _park_test()
def worker():
    global r
    r = [any(gen(2)), all(gen(2)), max([1, 3, 2], key=lambda x: -x + 0 * _park_test()),
         min(gen(3)), list(map(lambda x: x * 2, gen(2))), list(filter(None, gen(3))),
         list(enumerate(gen(2), 1)), list(zip(gen(2), "ab")), "-".join(str(x) for x in gen(3)),
         tuple(gen(2)), sorted(set(gen(3))), dict(zip(gen(2), gen(2)))]
`)
	expect(t, g, "r", "[True, False, 1, 0, [0, 2], [1, 2], [(1, 0), (2, 1)], [(0, 'a'), (1, 'b')], '0-1-2', (0, 1), [0, 1, 2], {0: 0, 1: 1}]")
	if m.NativeReentries != 0 {
		t.Fatalf("re-entries = %d, want 0", m.NativeReentries)
	}
}

// TestParkInStrAndFormat: __str__, __repr__ and __format__ that park,
// reached through str(), repr(), print() and f-strings.
func TestParkInStrAndFormat(t *testing.T) {
	g, m, parks := parkScenario(t, `
class V:
    def __str__(self):
        return "s%d" % _park_test()
    def __repr__(self):
        return "r%d" % _park_test()
    def __format__(self, spec):
        return spec + str(_park_test())
def worker():
    global r
    v = V()
    print(v, end="")
    r = [str(v), repr(v), f"{v!s:>4}|{v!r}|{v:x}"]
`)
	expect(t, g, "r", "['s2', 'r3', '  s4|r5|x6']")
	if parks != 6 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestParkInNewAndSequenceFallback: a Python __new__ (then __init__) and
// the __getitem__ iteration fallback that park.
func TestParkInNewAndSequenceFallback(t *testing.T) {
	g, m, parks := parkScenario(t, `
class Point:
    def __new__(cls, x, *, y):
        self = super().__new__(cls)
        self.x = x + _park_test()
        return self
    def __init__(self, x, *, y):
        self.y = y + _park_test()
class Squares:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i + 0 * _park_test()
def worker():
    global r
    p = Point(10, y=20)
    r = [p.x, p.y, [x for x in Squares()]]
`)
	expect(t, g, "r", "[11, 22, [0, 1, 4]]")
	if parks != 5 || m.NativeReentries != 0 {
		t.Fatalf("parks = %d, re-entries = %d", parks, m.NativeReentries)
	}
}

// TestPinningIsCounted: a dict key whose Python __hash__ parks is still a
// native re-entry (the hash table probes in Go); the park pins, and the
// counters and the -X pinned trace say so.
func TestPinningIsCounted(t *testing.T) {
	in, g := newInterp(t)
	in.Builtins.SetStr(objects.Interned("_park_test"), objects.NewBuiltin("_park_test",
		func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return objects.Value{}, objects.ErrPark
		}, nil).Value())
	if err := run(t, in, in.NewThread(), g, `
class Key:
    def __hash__(self):
        return _park_test()
def worker():
    global r
    d = {Key(): 1}
    r = list(d.values())
`); err != nil {
		t.Fatal(err)
	}
	var trace strings.Builder
	in.TracePinned(&trace)
	before := in.Metrics()
	th := in.NewThread()
	pinned := 0
	th.PinnedWait = func(*vm.Thread) (objects.Value, error) { pinned++; return objects.Int(7), nil }
	if err := th.Start(global(t, g, "worker"), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := th.Run(); err != nil {
		t.Fatal(err)
	}
	expect(t, g, "r", "[1]")
	after := in.Metrics()
	if pinned != 1 || after.PinnedParks-before.PinnedParks != 1 || after.NativeReentries-before.NativeReentries != 1 {
		t.Fatalf("pinned = %d, metrics before %+v after %+v", pinned, before, after)
	}
	if got := trace.String(); !strings.Contains(got, "Thread pinned") || !strings.Contains(got, "in worker") || !strings.Contains(got, "in __hash__") {
		t.Fatalf("-X pinned trace:\n%s", got)
	}
}

// TestParkingDunderInterleavesThreads is the gevent-style race: two
// threads do t[key] += 1 on an object whose __getitem__ parks, so under
// the round-robin scheduler both read before either writes and one
// update is lost — the two threads really do interleave inside the
// dunder, without pinning.
func TestParkingDunderInterleavesThreads(t *testing.T) {
	in, g := newInterp(t)
	in.Builtins.SetStr(objects.Interned("_park_test"), objects.NewBuiltin("_park_test",
		func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return objects.Value{}, objects.ErrPark
		}, nil).Value())
	if err := run(t, in, in.NewThread(), g, `
class IODict:
    def __init__(self):
        self.d = {"k": 0}
    def __getitem__(self, key):
        v = self.d[key]
        _park_test()
        return v
    def __setitem__(self, key, v):
        self.d[key] = v
t = IODict()
def worker():
    t["k"] += 1
`); err != nil {
		t.Fatal(err)
	}
	s := &roundRobin{}
	for i := 0; i < 2; i++ {
		th := in.NewThread()
		th.PinnedWait = func(*vm.Thread) (objects.Value, error) {
			t.Fatalf("a park pinned the thread")
			return objects.Value{}, nil
		}
		if err := th.Start(global(t, g, "worker"), nil); err != nil {
			t.Fatal(err)
		}
		s.queue = append(s.queue, th)
	}
	s.loop(t)
	d, _ := objects.InstanceDict(global(t, g, "t")).GetStr(objects.Interned("d"))
	if got := repr(t, d); got != "{'k': 1}" {
		t.Fatalf("t.d = %s, want {'k': 1} (both threads read before either wrote)", got)
	}
}
