package syntax

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// invalidPrograms are rejected by CPython's parser (errors that CPython
// raises later, in its symbol table or compiler, such as duplicate
// parameters or "can't use starred expression here", belong to weft's
// compiler and are not here); TestErrorsMatchCPython asks the
// machine's python3 (at test time) for the exception of each and checks
// that weft raises the same class and message on the same line, and
// counts how many columns agree as well.
var invalidPrograms = []string{
	"print((1, 2)\n",
	"x = [1, 2\ny = 3\n",
	"x = (1, 2]\n",
	"x = (\n1]\n",
	"x = )\n",
	"x = 1 +* 2\n",
	"x = foo(a b c)\n",
	"x = [a b]\n",
	"if x:\npass\n",
	"if x:\n    pass\n  else:\n    pass\n",
	"  x = 1\n",
	"while x\n    pass\n",
	"def f()\n    pass\n",
	"x = \"abc\n",
	"x = '''abc\n\ny\n",
	"s = \"€\"; 1€\n",
	"x\u00a0= 1\n",
	"1 = x\n",
	"f() = 1\n",
	"x = f() = 1\n",
	"(a, f()) = 1\n",
	"for f() in x: pass\n",
	"f(a=1, b)\n",
	"f(**k, *a)\n",
	"f(**k, a)\n",
	"def f(a=1, b): pass\n",
	"print \"hello\"\n",
	"f\"{a\"\n",
	"f\"a}\"\n",
	"f\"{}\"\n",
	"f\"{a!x}\"\n",
	"x = 0777\n",
	"x = 1abc\n",
	"x = 0x\n",
	"x = 0o8\n",
	"x = 0b12\n",
	"x = 1_\n",
	"x = 1e\n",
	"x = 1 \\ 2\n",
	"if x:\n    a\n  b\n",
	"if x:\n\ta\n        b\n",
	"del f()\n",
	"del (a, 1)\n",
	"x += 1, 2 = 3\n",
	"f() += 1\n",
	"a, b += 1\n",
	"(x, y): int\n",
	"lambda x=1, y: x\n",
	"x = yield = 1\n",
	"f(x for x in y, 1)\n",
	"from x import a,\n",
	"import\n",
	"class C\n    pass\n",
	"try:\n    pass\n",
	"try:\n    pass\nexcept A, B:\n    pass\n",
	"def f(*): pass\n",
	"def f(**k, a): pass\n",
	"x = {1: 2, 3}\n",
	"x = {1:}\n",
	"a if b\n",
	"True = 1\n",
	"f(True=1)\n",
	"f(a.b=1)\n",
	"(x := 1) := 2\n",
	"x = b'é'\n",
	"x = 'a' b'b'\n",
	"x = '\\xZ'\n",
	"x = b'\\xZ'\n",
	"for x in range(10):\n    pass\n  y = 1\n",
	"match x:\n    case 1:\n    pass\n",
	"with open(f) as g\n    pass\n",
	"def f(x):\n    return x\nx = (\n",
	"x = [1, 2, 3\n",
	"x = {'a': 1\n",
	"(" + strings.Repeat("(", 250) + strings.Repeat(")", 251) + "\n",
	"a = 1\n    b = 2\n",
	"x = 5 if True else\n",
	"for x in 1, 2, 3\n    pass\n",
	"x = 'a' 'b' c\n",
	"@\ndef f(): pass\n",
	"import a.b as c.d\n",
	"def f(a, a=1, /, b): pass\n",
	"nonlocal x, \n",
	"x = .5.5\n",
	"a.1\n",
	"def f():\nreturn 1\n",
	"class C:\npass\n",
	"for x in y:\npass\n",
	"while x:\npass\n",
	"with a:\npass\n",
	"try:\npass\nexcept:\n    pass\n",
	"try:\n    pass\nexcept E:\npass\n",
	"try:\n    pass\nfinally:\npass\n",
	"if x:\n    pass\nelse:\npass\n",
	"if x:\n    pass\nelif y:\npass\n",
	"x = 1 +\n",
	"x = (1 +)\n",
	"x = [1, 2,, 3]\n",
	"f(a for a in b for)\n",
	"a b\n",
	"a = 1 2\n",
	"import a as\n",
	"from a import\n",
	"x = 1 if 2 else\n",
	"del *a\n",
	"x = [*a for a in b]\n",
	"x = {**a for a in b}\n",
	"def f(*a, *b): pass\n",
	"def f(a, /, /): pass\n",
	"def f(/, a): pass\n",
	"def f(**a, b): pass\n",
	"def f(**a=1): pass\n",
	"x = f(a=1, a)\n",
	"@x\nclass\n",
	"async x\n",
	"x.1\n",
	"x = 'abc' 'def\n",
	"x = \"\"\"abc\n",
	"x = (1 for x in y) = 2\n",
	"[x for x in y] = 1\n",
	"{a: b} = c\n",
	"a + 1 = 2\n",
	"-a = 1\n",
	"a if b else c = 1\n",
	"(yield) = 1\n",
	"None = 1\n",
	"x, None = 1, 2\n",
	"f(x) += 1\n",
	"[a, b] += 1\n",
	"for 1 in x: pass\n",
	"with a as 1: pass\n",
	"x = {1: 2, 3:}\n",
	"print 1\n",
	"exec \"code\"\n",
	"if x = 1:\n    pass\n",
	"if x.y = 1:\n    pass\n",
	"while x = 1:\n    pass\n",
	"f(x=1 for x in y)\n",
	"x = 08\n",
	"x = 1.2.3\n",
	"x = 1__2\n",
	"x = 0b\n",
	"x = 0o\n",
	"x = 1e+\n",
	"x = 5j5\n",
	"$x = 1\n",
	"x = `1`\n",
	"x = a ? b : c\n",
	"def f(x for x in y): pass\n",
	"import a.b.\n",
	"from .. import\n",
	"global x = 1\n",
	"nonlocal\n",
	"assert\n",
	"raise from e\n",
	"del\n",
	"return x y\n",
	"x = [1, 2 3]\n",
	"x = (a b)\n",
	"x = {a b}\n",
	"x = {1: 2 3: 4}\n",
	"f(a b)\n",
	"f(a, b c)\n",
	"x = a[1 2]\n",
	"match x:\n    case 1:\n        pass\n    case _ as _:\n        pass\n",
	"match x:\n    case a(b=1, 2):\n        pass\n",
	"match x:\n    case f\"x\":\n        pass\n",
	"match x:\n    case 1 + 2:\n        pass\n",
	"try:\n    pass\nexcept* :\n    pass\n",
	"try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
	"x = 'a' f'{b' 'c'\n",
	"x = f'{!r}'\n",
	"x = f'{a!}'\n",
	"x = f'{a:{b:{c:{d}}}}'\n",
	"f(**a, *b)\n",
	"f(a=1, *b, c)\n",
	"x = yield from\n",
	"def f():\n    x = yield = 1\n",
	"x = not\n",
	"x = a not b\n",
	"x = a is not not b\n",
	"if True:\n    pass\n        x = 1\n",
	"  # comment\nx = 1\n  y = 2\n",
	"x = (\n  1,\n  2\n]\n",
	"x = [\n  (1, 2\n]\n",
	"if x:\n",
	"def f():",
	"class C:\n\n\n",
	"for x in y:\n# c\n",
	"x = (",
	"x = [1,\n2,\n",
	"if x:\n    pass\nelse\n",
	"x = 1\n  \n    y\n",
	"f(**)\n",
	"f(*)\n",
	"a[]\n",
	"x = {**}\n",
	"x.\n",
	"import .a\n",
	"from a import *, b\n",
	"def f(a, *, **k): pass\n",
	"def f(a=1, /, b): pass\n",
	"class C(metaclass=M, B): pass\n",
	"with a as b, c as: pass\n",
	"x = yield x = 1\n",
	"assert x, y, z\n",
	"raise x, y\n",
	"if x:\n    pass\n  elif y:\n    pass\n",
	"\ufeffx = (\n",
	"x = \"\"\"\n\n",
	"x = 1\n\tif y:\n",
	"try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
}

type cpythonError struct {
	Class     string `json:"class"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
}

func TestErrorsMatchCPython(t *testing.T) {
	py := python3(t)
	in, _ := json.Marshal(invalidPrograms)
	cmd := exec.Command(py, "testdata/cpython_errors.py")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("SKIP: python3 failed: %v", err)
	}
	var want []*cpythonError
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	match, colMatch := 0, 0
	for i, src := range invalidPrograms {
		w := want[i]
		if w == nil {
			t.Errorf("%q: CPython accepts it; the table should hold only invalid programs", src)
			continue
		}
		_, perr := ParseString(src, "<test>")
		if perr == nil {
			t.Errorf("%q: weft accepts it; CPython says %s: %s (line %d)", src, w.Class, w.Msg, w.Lineno)
			continue
		}
		g := perr.(*SyntaxError)
		if g.Kind.String() != w.Class || g.Msg != w.Msg || g.Lineno != w.Lineno {
			t.Errorf("%q:\n weft:    %s: %s (line %d, col %d)\n CPython: %s: %s (line %d, col %d)", src,
				g.Kind, g.Msg, g.Lineno, g.Offset, w.Class, w.Msg, w.Lineno, w.Offset)
			continue
		}
		match++
		if g.Offset == w.Offset {
			colMatch++
		} else {
			t.Logf("%q: column %d, CPython %d (%s)", src, g.Offset, w.Offset, w.Msg)
		}
	}
	t.Logf("%d invalid programs: %d same class, message and line as CPython; %d also same column", len(invalidPrograms), match, colMatch)
}
