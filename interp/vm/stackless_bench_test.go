package vm_test

import (
	"testing"

	"github.com/weftrun/weft/interp/objects"
)

// benchPython runs src's bench(n) once with n = b.N, so ns/op is the cost
// of one iteration of its loop. The loops exercise the paths that
// stackless dispatch changed: plain calls and attribute access must not
// slow down, the Go versions of built-ins must keep their speed when no
// Python code is involved, and the Python-driving paths are measured too.
func benchPython(b *testing.B, src string) {
	in, g := newInterp(b)
	th := in.NewThread()
	if err := run(b, in, th, g, src); err != nil {
		b.Fatal(err)
	}
	fn := global(b, g, "bench")
	b.ResetTimer()
	if _, err := th.Call(fn, []objects.Value{objects.Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkCallPython(b *testing.B) {
	benchPython(b, `
def f(x):
    return x
def bench(n):
    for i in range(n):
        f(i)
`)
}

func BenchmarkAttrInstance(b *testing.B) {
	benchPython(b, `
class P:
    def __init__(self):
        self.x = 0
    def get(self):
        return self.x
def bench(n):
    p = P()
    for i in range(n):
        p.x = p.x + 1
        p.get()
`)
}

func BenchmarkInstantiate(b *testing.B) {
	benchPython(b, `
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def bench(n):
    for i in range(n):
        V(i, i)
`)
}

func BenchmarkDunderAdd(b *testing.B) {
	benchPython(b, `
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
def bench(n):
    v, one = V(0), V(1)
    for i in range(n):
        v = v + one
`)
}

func BenchmarkPropertyGet(b *testing.B) {
	benchPython(b, `
class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
def bench(n):
    p = P()
    for i in range(n):
        p.x
`)
}

func BenchmarkSumList(b *testing.B) {
	benchPython(b, `
xs = list(range(10))
def bench(n):
    for i in range(n):
        sum(xs)
`)
}

func BenchmarkSumGenerator(b *testing.B) {
	benchPython(b, `
def gen():
    for i in range(10):
        yield i
def bench(n):
    for i in range(n):
        sum(gen())
`)
}

func BenchmarkSortedKeyBuiltin(b *testing.B) {
	benchPython(b, `
xs = ["aaa", "b", "cc", "dddd"]
def bench(n):
    for i in range(n):
        sorted(xs, key=len)
`)
}

func BenchmarkSortedKeyLambda(b *testing.B) {
	benchPython(b, `
xs = ["aaa", "b", "cc", "dddd"]
def bench(n):
    for i in range(n):
        sorted(xs, key=lambda s: -len(s))
`)
}

func BenchmarkRecursiveFib(b *testing.B) {
	benchPython(b, `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def bench(n):
    for i in range(n):
        fib(15)
`)
}
