package syntax

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// dumpCases cover the grammar construct by construct; TestDumpSnippets
// compares their dumps, positions included, with the machine's python3.
var dumpCases = []string{
	"x\n", "x = 1\n", "a = b = c\n", "a, *b = c\n", "[a, (b, c)] = d\n", "x: int = 1\n", "(x): int\n", "a.b: int\n",
	"x += 1\n", "x @= y\n", "x //= 2\n", "del a, b[1], c.d\n", "del (a, b)\n", "pass; break; continue\n",
	"return\n", "return 1, 2\n", "raise\n", "raise E from e\n", "global a, b\n", "nonlocal x\n", "assert x, 'msg'\n",
	"import a.b.c as d, e\n", "from . import x\n", "from ..a.b import (c as d, e,)\n", "from ... import *\n", "from .... import z\n",
	"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
	"while x:\n    break\nelse:\n    y\n",
	"for i, j in x:\n    pass\nelse:\n    pass\n", "for x in *a, *b: pass\n",
	"async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z\n",
	"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nexcept* E:\n    pass\n",
	"with a as (b, c), d: pass\n", "with (a as b, c as d,): pass\n", "with (a, b) as c: pass\n", "with (a): pass\n", "with (yield): pass\n",
	"@d\n@e.f(1)\ndef f(a, /, b=1, *c, d, e=2, **f) -> int:\n    '''doc'''\n",
	"def f(*, a): pass\n", "def f(a: int = 1, *args: str, **kw: bool): pass\n", "lambda: 0\n", "lambda a, /, b=1, *c, d, **e: a\n",
	"class C(B, metaclass=M, **kw):\n    x = 1\n", "@dataclass\nclass C: pass\n",
	"x = a if b else c\n", "x = not a and b or c\n", "x = a < b <= c != d is not e not in f in g is h\n",
	"x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** o\n", "x = ~+-a\n", "x = -1\n", "x = (a)\n",
	"x = await y\n", "def g():\n    x = yield\n    y = yield from z\n    yield a, b\n",
	"(x := 1)\n", "f(x := 1)\n", "[y := f(x), y**2]\n",
	"x = [1, 2, *a]\n", "x = (1,)\n", "x = ()\n", "x = {}\n", "x = {1, 2}\n", "x = {**a, 'b': 1, **c}\n",
	"x = [i for i in range(3) if i if not i for j in i]\n", "x = {i: j for i, j in z}\n", "x = {i for i in z}\n",
	"x = (i async for i in z)\n", "f(i for i in z)\n", "f(a, *b, c=1, **d)\n", "f(*a, *b, c=1, *d)\n",
	"x[1:2, ::3, a:b:c]\n", "x[:]\n", "x[1:]\n", "x[::]\n", "x[a, b]\n", "x[*a]\n", "x[a, *b]\n", "x.y.z()[0]\n",
	"x = 'a' 'b'\n", "x = u'a'\n", "x = b'a' b'\\x00'\n", "x = r'\\n' R\"\\d\"\n", "x = '''a\nb'''\n", "x = 'caf\\xe9 \\u20ac \\U0001F600 \\N{DASH SYMBOL}'\n",
	"x = '\\ud800'\n", "x = 'a\\\nb'\n", "x = '\\0\\12\\777'\n",
	"x = f'a{b}c{d!r:>{w}.{p}}e'\n", "x = f'{x=}'\n", "x = f'{x = !s:^10}'\n", "x = 'a' f'b{c}' 'd'\n", "x = f'{{}}{a}'\n",
	"x = f'''{\na\n}'''\n", "x = f'{a:{b}{c}}'\n", "x = F'{a}' rf'{b}\\n'\n", "x = f''\n", "x = f'{x:}'\n",
	"x = 1_000 + 0x_ff + 0o17 + 0b1 + 1.5e-3 + 3j + 1e1000 + 12345678901234567890123 + .5 + 5.\n",
	"x = ...\nx = None, True, False\n",
	"match x:\n    case 1 | -2 | 3+4j | 'a' | b'c':\n        pass\n    case None | True:\n        pass\n    case [a, *rest] if a:\n        pass\n    case (a, b, *_):\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case a.b.c:\n        pass\n    case [x] as y:\n        pass\n    case _:\n        pass\n",
	"match a, b:\n    case x, y:\n        pass\n", "match = 1\nmatch.x\nmatch(x)\n", "case = 1\n_ = 2\ntype = 3\n",
	"match x:\n    case ():\n        pass\n    case []:\n        pass\n    case {}:\n        pass\n    case (x):\n        pass\n    case -1.5:\n        pass\n",
	"if x:\n\tpass\n", "x = (1,\n     2)\n", "x = 1 + \\\n    2\n", "# comment\n\n\nx = 1  # c\n", "if x: pass\n",
	"def f():\n    return\n\n\ndef g(): ...\n", "é = 1\nﬁ = 2\n", "x = 1if y else 2\n",
}

func TestDumpSnippets(t *testing.T) {
	py := python3(t)
	in, _ := json.Marshal(dumpCases)
	cmd := exec.Command(py, "testdata/cpython_snippets.py")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("SKIP: python3 failed: %v", err)
	}
	var want []*string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range dumpCases {
		m, err := ParseString(src, "<test>")
		if want[i] == nil {
			t.Errorf("%q: CPython rejects it", src)
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		got := DumpWith(m, DumpOptions{PythonMinor: 11, IncludeAttributes: !strings.Contains(src, "f'")})
		w := *want[i]
		if strings.Contains(src, "f'") {
			// CPython 3.11 locates f-string internals differently from
			// 3.12; compare those trees without positions.
			w = stripAttributes(w)
		}
		if got != w {
			t.Errorf("%q:\n%s", src, firstDifference(got, w))
		}
	}
}

// stripAttributes removes ", lineno=..., end_col_offset=N" groups from a
// CPython dump made with include_attributes=True.
func stripAttributes(d string) string {
	var b strings.Builder
	for {
		i := strings.Index(d, ", lineno=")
		if i < 0 {
			b.WriteString(d)
			return b.String()
		}
		b.WriteString(d[:i])
		j := strings.Index(d[i:], "end_col_offset=")
		k := i + j + len("end_col_offset=")
		for k < len(d) && d[k] >= '0' && d[k] <= '9' {
			k++
		}
		d = d[k:]
	}
}

// TestDump312 checks the constructs CPython 3.11 cannot parse (PEP 695
// type parameters, PEP 701 f-strings) against dumps written from CPython
// 3.12's documented output.
func TestDump312(t *testing.T) {
	cases := []struct{ src, want string }{
		{"type X = int\n", "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load()))], type_ignores=[])"},
		{"type L[T: int, *Ts, **P] = list[T]\n", "Module(body=[TypeAlias(name=Name(id='L', ctx=Store()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], type_ignores=[])"},
		{"def f[T](x: T) -> T: pass\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T')])], type_ignores=[])"},
		{"class C[T]: pass\n", "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')])], type_ignores=[])"},
		{"f\"{'a' + f\"{x}\"}\"\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value='a'), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])), conversion=-1)]))], type_ignores=[])"},
		{"f'{\"\\n\".join(x)}'\n", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value='\\n'), attr='join', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), conversion=-1)]))], type_ignores=[])"},
		{"type = 1\ntype.x = 2\n", "Module(body=[Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='type', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
	}
	for _, c := range cases {
		m, err := ParseString(c.src, "<test>")
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		if got := Dump(m); got != c.want {
			t.Errorf("%q:\n%s", c.src, firstDifference(got, c.want))
		}
	}
}

// TestTokens checks the token stream of small inputs kind by kind.
func TestTokens(t *testing.T) {
	cases := []struct {
		src  string
		want string
	}{
		{"x = 1\n", "NAME = NUMBER NEWLINE ENDMARKER"},
		{"if x:\n    y\nz\n", "if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER"},
		{"(a,\n b)\n", "( NAME , NAME ) NEWLINE ENDMARKER"},
		{"a \\\n + b", "NAME + NAME NEWLINE ENDMARKER"},
		{"x := ... -> @= **= //= >>= <<= != **\n", "NAME := ... -> @= **= //= >>= <<= != ** NEWLINE ENDMARKER"},
		{"f'a{b!r:>{c}}d'\n", "FSTRING_START FSTRING_MIDDLE { NAME ! NAME : FSTRING_MIDDLE { NAME } } FSTRING_MIDDLE FSTRING_END NEWLINE ENDMARKER"},
		{"f'{x:=5}'\n", "FSTRING_START { NAME : FSTRING_MIDDLE } FSTRING_END NEWLINE ENDMARKER"},
		{"f'{a!=b}'\n", "FSTRING_START { NAME != NAME } FSTRING_END NEWLINE ENDMARKER"},
		{"rb'x' u'y' 0x_1f 1_0.5e-3j\n", "STRING STRING NUMBER NUMBER NEWLINE ENDMARKER"},
		{"if x:\n    if y:\n        z", "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME NEWLINE DEDENT DEDENT ENDMARKER"},
		{"\n\n# c\n  \nx\n", "NAME NEWLINE ENDMARKER"},
		{"async await match", "async await NAME NEWLINE ENDMARKER"},
	}
	for _, c := range cases {
		toks, err := Tokenize(c.src, "<t>")
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		var kinds []string
		for _, tk := range toks {
			kinds = append(kinds, tk.Kind.String())
		}
		if got := strings.Join(kinds, " "); got != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.src, got, c.want)
		}
	}
	// Positions are UTF-8 byte columns, and identifiers are NFKC-normalised.
	toks, _ := Tokenize("é = ﬁ\n", "<t>")
	if toks[1].Col != 3 || toks[2].Col != 5 || toks[2].Text != "fi" {
		t.Errorf("positions/normalisation: %+v", toks[:3])
	}
}

// TestFormat checks the CPython-style rendering of a SyntaxError.
func TestFormat(t *testing.T) {
	cases := []struct{ src, want string }{
		{"if x:\n        print((1, 2)\n", "  File \"x.py\", line 2\n    print((1, 2)\n         ^\nSyntaxError: '(' was never closed\n"},
		{"x = foo(a b c)\n", "  File \"x.py\", line 1\n    x = foo(a b c)\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
		{"s = \"€\"; 1€\n", "  File \"x.py\", line 1\n    s = \"€\"; 1€\n              ^\nSyntaxError: invalid character '€' (U+20AC)\n"},
		{"if x:\n\ta\n        b\n", "  File \"x.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n"},
		{"  \t x = (1,\n   2 2)\n", "  File \"x.py\", line 1\n    x = (1,\nIndentationError: unexpected indent\n"},
		{"f(x for x in\n  y, 1)\n", "  File \"x.py\", line 1\n    f(x for x in\n      ^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"},
		{"f(x for x in y, 1)\n", "  File \"x.py\", line 1\n    f(x for x in y, 1)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"},
	}
	for _, c := range cases {
		_, err := ParseString(c.src, "x.py")
		if err == nil {
			t.Errorf("%q: no error", c.src)
			continue
		}
		if got := err.(*SyntaxError).Format(); got != c.want {
			t.Errorf("%q:\n got:\n%s want:\n%s", c.src, got, c.want)
		}
	}
}

// TestModes checks the "eval" and "single" entry points against dumps
// produced by CPython 3.11's ast.parse(src, mode=...) (stored here).
func TestModes(t *testing.T) {
	evalCases := []struct{ src, want string }{
		{"1 + 2", "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
		{"\nx if y else z\n", "Expression(body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))"},
		{"lambda: (yield)", "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))"},
		{"[*a, *b]", "Expression(body=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))"},
		{"(a, b)\n\n", "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))"},
	}
	for _, c := range evalCases {
		e, err := ParseExpression(c.src, "<eval>")
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
		} else if got := Dump(e); got != c.want {
			t.Errorf("%q:\n%s", c.src, firstDifference(got, c.want))
		}
	}
	singleCases := []struct{ src, want string }{
		{"x = 1\n", "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
		{"if x:\n  pass\n", "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])"},
		{"def f(): pass\n", "Interactive(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])])"},
		{"a; b\n", "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))])"},
	}
	for _, c := range singleCases {
		m, err := ParseInteractive(c.src, "<single>")
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
		} else if got := Dump(m); got != c.want {
			t.Errorf("%q:\n%s", c.src, firstDifference(got, c.want))
		}
	}
	errCases := []struct {
		mode, src, msg string
	}{
		{"eval", "x = 1\ny = 2\n", "invalid syntax"},
		{"eval", "1 +", "invalid syntax"},
		{"single", "x = 1\ny = 2\n", "multiple statements found while compiling a single statement"},
	}
	for _, c := range errCases {
		var err error
		if c.mode == "eval" {
			_, err = ParseExpression(c.src, "<m>")
		} else {
			_, err = ParseInteractive(c.src, "<m>")
		}
		if se, ok := err.(*SyntaxError); !ok || se.Msg != c.msg {
			t.Errorf("%s %q: got %v, want %s", c.mode, c.src, err, c.msg)
		}
	}
}
