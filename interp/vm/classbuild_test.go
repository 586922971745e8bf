package vm_test

import (
	"testing"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// evalGlobal runs src in a fresh interpreter and returns repr(result).
func evalGlobal(t *testing.T, src string) string {
	t.Helper()
	in, g := newInterp(t)
	in.Path.Append(objects.StrValue(vm.StdlibDir))
	if err := run(t, in, in.NewThread(), g, src); err != nil {
		t.Fatalf("%v", err)
	}
	return repr(t, global(t, g, "result"))
}

// A call made from a generator frame must push its result on that frame
// (the Return path once looked at the caller's generator instead of the
// callee's and dropped the value).
func TestCallFromGeneratorKeepsStack(t *testing.T) {
	got := evalGlobal(t, `
def f(k):
    return k * 10
def g(a):
    for x in a:
        yield f(x)
result = list(g([1, 2, 3]))
`)
	if got != "[10, 20, 30]" {
		t.Fatalf("got %s", got)
	}
}

// The class statement follows PEP 3115 and PEP 560: __prepare__ and the
// metaclass receive the class keywords, __init_subclass__ gets them,
// __set_name__ runs, __mro_entries__ replaces a non-class base.
func TestClassStatementProtocol(t *testing.T) {
	got := evalGlobal(t, `
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, kw))
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, kw))
        return super().__new__(mcls, name, bases, ns, **kw)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        log.append(('init_subclass', cls.__name__, tag))
        super().__init_subclass__(**kw)
class Named:
    def __set_name__(self, owner, name):
        log.append(('set_name', owner.__name__, name))
class Derived(Base, metaclass=Meta, tag=7):
    field = Named()
    def cls(self):
        return __class__
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
class Via(Entry()):
    pass
result = (log, Derived().cls() is Derived, type(Derived).__name__, Via.__mro__[1] is Base, len(Via.__orig_bases__))
`)
	want := "([('prepare', 'Derived', {'tag': 7}), ('new', 'Derived', {'tag': 7}), ('set_name', 'Derived', 'field'), " +
		"('init_subclass', 'Derived', 7), ('init_subclass', 'Via', None)], True, 'Meta', True, 1)"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// A metaclass conflict and object.__init_subclass__ with keywords are
// errors, with CPython's messages.
func TestClassStatementErrors(t *testing.T) {
	got := evalGlobal(t, `
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
result = []
try:
    class C(A, B): pass
except TypeError as e:
    result.append(str(e))
try:
    class D(x=1): pass
except TypeError as e:
    result.append(str(e))
`)
	want := "['metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases', " +
		"'D.__init_subclass__() takes no keyword arguments']"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// Embedded modules import from the StdlibDir entry of sys.path, and
// only when that entry is there.
func TestImportEmbeddedStdlib(t *testing.T) {
	got := evalGlobal(t, `
import keyword, bisect
result = (keyword.iskeyword('for'), bisect.bisect([1, 2, 3], 2), keyword.__file__)
`)
	if want := "(True, 2, '<weft>/lib/keyword.py')"; got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	in, g := newInterp(t)
	err := run(t, in, in.NewThread(), g, "import keyword")
	if err == nil || err.Error() != "ModuleNotFoundError: No module named 'keyword'" {
		t.Fatalf("without the stdlib entry on sys.path: %v", err)
	}
}
