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
