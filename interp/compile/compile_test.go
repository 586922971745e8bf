package compile

import (
	"strings"
	"testing"

	"github.com/weftrun/weft/interp/syntax"
)

func TestScopeErrorsAreSyntaxErrors(t *testing.T) {
	for _, c := range []struct{ src, msg string }{
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
		{"def f():\n    print(x)\n    nonlocal x\n", "name 'x' is used before nonlocal declaration"},
		{"return 1\n", "'return' outside function"},
		{"break\n", "'break' outside loop"},
		{"def f():\n    def g():\n        nonlocal y\n", "no binding for nonlocal 'y' found"},
	} {
		_, err := Compile(c.src, "<t>", Exec)
		se, ok := err.(*syntax.SyntaxError)
		if !ok || se.Msg != c.msg {
			t.Errorf("%q: err = %v, want SyntaxError %q", c.src, err, c.msg)
		}
	}
}

func TestClosureCellsAndFrees(t *testing.T) {
	code, err := Compile("def outer():\n    a = 1\n    def inner():\n        return a\n    return inner\n", "<t>", Exec)
	if err != nil {
		t.Fatal(err)
	}
	dis := Disassemble(code)
	for _, want := range []string{"cells [a]", "frees [a]", "LOAD_CLOSURE", "LOAD_DEREF", "MAKE_FUNCTION"} {
		if !strings.Contains(dis, want) {
			t.Errorf("disassembly lacks %q:\n%s", want, dis)
		}
	}
}

func TestStackDepthCoversExceptionHandlers(t *testing.T) {
	src := "import sys\ntry:\n    try:\n        x = [i for i in range(3)]\n    except (KeyError, ValueError) as e:\n        raise\n    finally:\n        pass\nexcept Exception:\n    pass\nwith open('f') as f, open('g') as g:\n    pass\n"
	code, err := Compile(src, "<t>", Exec)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range code.ExcTable {
		if int(e.Depth) > code.StackSize || e.Depth < 0 {
			t.Errorf("handler depth %d outside stack size %d", e.Depth, code.StackSize)
		}
	}
}

func TestConstantFolding(t *testing.T) {
	code, err := Compile("x = 2 * 3 + 4\ny = -0.0\n", "<t>", Exec)
	if err != nil {
		t.Fatal(err)
	}
	dis := Disassemble(code)
	if strings.Contains(dis, "BINARY") {
		t.Errorf("2 * 3 + 4 was not folded:\n%s", dis)
	}
}

// TestConstantFoldingPowShiftDiv checks that **, <<, >>, // and % of int
// constants fold when the result is a small int, and that the cases that
// must raise or leave int at run time (a zero divisor, a negative shift
// or power, a result past int64) are left to the VM.
func TestConstantFoldingPowShiftDiv(t *testing.T) {
	for _, src := range []string{"x = 2 ** 31", "x = 1 << 40", "x = 7 // 2", "x = 7 % 3", "x = 256 >> 3"} {
		code, err := Compile(src+"\n", "<t>", Exec)
		if err != nil {
			t.Fatal(err)
		}
		if dis := Disassemble(code); strings.Contains(dis, "BINARY") {
			t.Errorf("%s was not folded:\n%s", src, dis)
		}
	}
	for _, src := range []string{"x = 1 // 0", "x = 1 % 0", "x = 1 << -1", "x = 2 ** -1", "x = 2 ** 64", "x = 1 << 63"} {
		code, err := Compile(src+"\n", "<t>", Exec)
		if err != nil {
			t.Fatal(err)
		}
		if dis := Disassemble(code); !strings.Contains(dis, "BINARY") {
			t.Errorf("%s was folded, but must be computed at run time:\n%s", src, dis)
		}
	}
}
