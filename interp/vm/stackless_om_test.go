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
