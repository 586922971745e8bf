package builtins_test

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/weftrun/weft/interp/builtins"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// runPrint runs src and returns what it printed.
func runPrint(t *testing.T, src string) string {
	t.Helper()
	in := vm.New()
	var out bytes.Buffer
	in.Stdout = bufio.NewWriter(&out)
	builtins.Install(in)
	g := objects.NewDict()
	code, err := compile.Compile(src, "<test>", compile.Exec)
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	if _, err := in.NewThread().RunCode(code, g, g); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	in.Flush()
	return out.String()
}

func TestBuiltins(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"print(len([1, 2]), abs(-3), divmod(7, -2), pow(3, 4, 5), round(2.675, 2), round(2.5))", "2 3 (-4, -1) 1 2.67 2\n"},
		{"print(sorted([3, 1, 2], reverse=True), min(4, 2, 8), max('ab', 'b', key=len))", "[3, 2, 1] 2 ab\n"},
		{"print(list(zip('ab', range(3))), list(enumerate('xy', 1)), list(map(str, [1, 2])))", "[('a', 0), ('b', 1)] [(1, 'x'), (2, 'y')] ['1', '2']\n"},
		{"print(list(filter(None, [0, 1, 2])), any([]), all([]), sum([1, 2], 10))", "[1, 2] False True 13\n"},
		{"print(int('ff', 16), int(' 42 '), float('1e3'), str(1.5), bool([]), hex(255), bin(5), oct(8))", "255 42 1000.0 1.5 False 0xff 0b101 0o10\n"},
		{"print(isinstance(True, int), issubclass(bool, (str, int)), callable(len), chr(65), ord('é'))", "True True True A 233\n"},
		{"print(format(3.14159, '.3f'), '{:>4}|{!r}'.format(7, 'x'), '%5.1f%%' % 12.34)", "3.142    7|'x'  12.3%\n"},
		{"print(' a b '.split(), 'a,b'.split(','), '-'.join('abc'), 'Hi'.upper(), 'abc'.find('c'))", "['a', 'b'] ['a', 'b'] a-b-c HI 2\n"},
		{"d = {'a': 1}; d.setdefault('b', 2); print(d, d.get('z', 0), list(d.items())); print(d.pop('a'), d)", "{'a': 1, 'b': 2} 0 [('a', 1), ('b', 2)]\n1 {'b': 2}\n"},
		{"print(eval('1 + 2'), repr('q'), hash(1) == hash(1.0), getattr([], 'nope', 'dflt'))", "3 'q' True dflt\n"},
	} {
		if got := runPrint(t, c.src); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
