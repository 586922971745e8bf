package vm_test

import "testing"

// The eval loop's fast paths (float compare, list/tuple subscripts,
// range/list/tuple iteration, float in-place ops) must give exactly the
// generic path's results, including the edge cases they hand back to it.
func TestEvalFastPathsMatchGenericSemantics(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	src := `
n = float('nan')
cmp = [n < 1.0, n == n, n != n, n >= n, -0.0 == 0.0, 2.5 <= 2.5]
xs = [10, 20, 30]
tp = (1, 2, 3)
sub = [xs[-1], xs[0], tp[-3], tp[2]]
xs[-1] = 99
try:
    xs[3]
    err1 = None
except IndexError as e:
    err1 = str(e)
try:
    tp[-4]
    err2 = None
except IndexError as e:
    err2 = str(e)
it = [i for i in range(10, 0, -3)] + [x for x in (7, 8)] + [x for x in [5, 6]]
f = 1.5
f -= 0.25
f *= 2.0
`
	if err := run(t, in, th, g, src); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"cmp":  "[False, False, True, False, True, True]",
		"sub":  "[30, 10, 1, 3]",
		"xs":   "[10, 20, 99]",
		"err1": "'list index out of range'",
		"err2": "'tuple index out of range'",
		"it":   "[10, 7, 4, 1, 7, 8, 5, 6]",
		"f":    "2.5",
	}
	for name, w := range want {
		if got := repr(t, global(t, g, name)); got != w {
			t.Errorf("%s = %s, want %s", name, got, w)
		}
	}
}
