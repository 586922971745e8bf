package vm_test

import "testing"

// The LOAD_GLOBAL cache must see every rebinding: a global overwritten,
// deleted (falling back to builtins), a builtin shadowed and restored,
// and the same code run against another globals dict.
func TestLoadGlobalCacheInvalidation(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	src := `
def f():
    return x, len
x = 1
r1 = f()
x = 2
r2 = f()
len = 'shadow'
r3 = f()
del len
r4 = f()[1]('ab')
other = {'x': 'other', 'len': 'L'}
exec('def h():\n    return x, len', other)
r5 = other['h']()
r6 = f()
`
	if err := run(t, in, th, g, src); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"r1": "(1, <built-in function len>)",
		"r2": "(2, <built-in function len>)",
		"r3": "(2, 'shadow')",
		"r5": "('other', 'L')",
		"r6": "(2, <built-in function len>)",
	}
	for name, w := range want {
		if got := repr(t, global(t, g, name)); got != w {
			t.Errorf("%s = %s, want %s", name, got, w)
		}
	}
	if got := repr(t, global(t, g, "r4")); got != "2" {
		t.Errorf("after del, f() did not fall back to builtins.len: %s", got)
	}
}

// One function code object run under two globals dicts (each exec
// makes a function from the same code constant) must not reuse the other dict's cached binding.
func TestLoadGlobalCachePerGlobalsDict(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	src := `
c = compile('def k():\n    return v * 2\ny = k()', '<c>', 'exec')
a, b = {'v': 1}, {'v': 10}
for _ in range(3):
    exec(c, a)
    exec(c, b)
ra, rb = a['y'], b['y']
`
	if err := run(t, in, th, g, src); err != nil {
		t.Fatal(err)
	}
	if ra, rb := repr(t, global(t, g, "ra")), repr(t, global(t, g, "rb")); ra != "2" || rb != "20" {
		t.Errorf("ra, rb = %s, %s; want 2, 20", ra, rb)
	}
}
