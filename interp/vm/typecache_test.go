package vm_test

import (
	"sync"
	"testing"
)

// TestTypeCacheSeesClassChanges checks that cached method and attribute
// lookups follow every change to a class or to one of its bases: new,
// replaced and deleted attributes, a shadowing definition in a subclass,
// a __getattribute__ added after methods were cached, receivers of two
// classes at one LOAD_METHOD, and a method shadowed by the instance dict.
func TestTypeCacheSeesClassChanges(t *testing.T) {
	in, g := newInterp(t)
	src := `
class A:
    def f(self): return 'A.f'
class B(A):
    pass
b = B()
for _ in range(3):
    assert b.f() == 'A.f'
A.f = lambda self: 'A.f2'
assert b.f() == 'A.f2', b.f()
B.f = lambda self: 'B.f'
assert b.f() == 'B.f'
del B.f
assert b.f() == 'A.f2'
del A.f
try:
    b.f()
except AttributeError:
    pass
else:
    raise AssertionError('deleted method still found')
A.g = 1
assert b.g == 1
A.g = 2
assert b.g == 2
l = []
for i in range(3):
    l.append(i)
assert l == [0, 1, 2]
class P:
    def who(self): return 'P'
class Q:
    def who(self): return 'Q'
got = [o.who() for o in (P(), Q(), P(), Q())]
assert got == ['P', 'Q', 'P', 'Q'], got
p = P()
p.who()
p.who = lambda: 'instance'
assert p.who() == 'instance'
del p.who
assert p.who() == 'P'
class C:
    def m(self): return 'm'
c = C()
assert c.m() == 'm'
C.__getattribute__ = lambda self, name: (lambda: 'intercepted')
assert c.m() == 'intercepted'
`
	if err := run(t, in, in.NewThread(), g, src); err != nil {
		t.Fatal(err)
	}
}

// TestTypeCacheConcurrentRedefinition has threads call a method while
// another thread keeps replacing it: every call must return one of the
// definitions, and after the writer stops every thread must see the last
// one. Under -race it checks the cache's publication.
func TestTypeCacheConcurrentRedefinition(t *testing.T) {
	in, g := newInterp(t)
	if err := run(t, in, in.NewThread(), g, "class K:\n    def v(self): return 0\nk = K()\n"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := in.NewThread()
			if err := run(t, in, th, g, "for _ in range(2000):\n    assert k.v() in (0, 1, 2, 3)\n"); err != nil {
				errs <- err
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		th := in.NewThread()
		if err := run(t, in, th, g, "for i in range(200):\n    K.v = (lambda n: lambda self: n)(i % 3 + 1)\nK.v = lambda self: 3\n"); err != nil {
			errs <- err
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if err := run(t, in, in.NewThread(), g, "assert k.v() == 3, k.v()\n"); err != nil {
		t.Fatal(err)
	}
}
