package vm_test

import "testing"

// TestAttrClassRecordSeesClassChanges checks LOAD_ATTR and STORE_ATTR
// through the instruction's class record (objects.AttrCache): an
// instance field read and written at one site keeps following the class
// when a base class later gains a property or a data descriptor of that
// name (which then takes precedence over the instance dict), a plain
// class attribute (the fallback when the dict lacks the name), a
// __getattr__, and when the site sees instances of several classes.
func TestAttrClassRecordSeesClassChanges(t *testing.T) {
	in, g := newInterp(t)
	src := `
class A:
    def __init__(self): self.x = 1
class B(A):
    pass
def get(o): return o.x
def put(o, v): o.x = v
b = B()
for _ in range(3):
    assert get(b) == 1
for _ in range(3):
    put(b, 2)
    assert get(b) == 2
A.x = property(lambda self: 'prop', lambda self, v: setattr(self, 'seen', v))
assert get(b) == 'prop', get(b)
put(b, 5)
assert b.seen == 5 and b.__dict__['x'] == 2
del A.x
assert get(b) == 2
del b.x
B.x = 7
assert get(b) == 7
b.x = 8
assert get(b) == 8 and B.x == 7
del b.x
B.x = (1, 2)
assert get(b) == (1, 2)
class D:
    def __get__(self, o, t): return 'descr'
    def __set__(self, o, v): o.__dict__['set'] = v
B.x = D()
assert get(b) == 'descr'
put(b, 9)
assert b.set == 9
del B.x
class G:
    def __getattr__(self, name): return 'missing ' + name
class H:
    pass
h = H()
try:
    get(h)
except AttributeError as e:
    assert "'H' object has no attribute 'x'" in str(e), e
else:
    raise AssertionError('no AttributeError')
H.__getattr__ = lambda self, name: 'hook ' + name
assert get(h) == 'hook x'
assert get(G()) == 'missing x'
objs = [A(), B(), G(), H()]
objs[0].x, objs[1].x = 'a', 'b'
assert [get(o) for o in objs * 2] == ['a', 'b', 'missing x', 'hook x'] * 2
`
	if err := run(t, in, in.NewThread(), g, src); err != nil {
		t.Fatal(err)
	}
}

// TestInstanceDictsPresized checks instances whose dicts start from the
// class's size hint (objects.Type.NoteInstanceDictLen): classes whose
// instances have 3, 8, 14 and 40 attributes, instances made before and
// after the hint is learnt, dicts that grow past their first table, and
// deletions, must all keep every attribute and CPython's dict order.
func TestInstanceDictsPresized(t *testing.T) {
	in, g := newInterp(t)
	src := `
def make(n):
    class K:
        def __init__(self, extra):
            for i in range(n):
                setattr(self, 'a%d' % i, i)
            for i in range(n):
                self.__dict__  # a read between the stores
            self.last = n
            for i in range(extra):
                setattr(self, 'x%d' % i, -i)
    return K
for n in (3, 8, 14, 40):
    K = make(n)
    objs = [K(extra) for extra in (0, 0, 5, 0, 30, 0)]
    for o, extra in zip(objs, (0, 0, 5, 0, 30, 0)):
        want = ['a%d' % i for i in range(n)] + ['last'] + ['x%d' % i for i in range(extra)]
        assert list(o.__dict__) == want, (n, list(o.__dict__))
        assert all(getattr(o, 'a%d' % i) == i for i in range(n))
        assert o.last == n
        del o.a0
        o.a0 = 'again'
        assert list(o.__dict__)[-1] == 'a0' and o.a0 == 'again'
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
ps = [P() for _ in range(3)]
ps[0].z = 3
assert [vars(p) for p in ps] == [{'x': 1, 'y': 2, 'z': 3}, {'x': 1, 'y': 2}, {'x': 1, 'y': 2}]
assert vars(P()) == {'x': 1, 'y': 2}
`
	if err := run(t, in, in.NewThread(), g, src); err != nil {
		t.Fatal(err)
	}
}
