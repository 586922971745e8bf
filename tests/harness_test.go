package tests

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fakeInterpEnv makes the test binary act as a fake interpreter (see
// fakeInterpreter), so the harness can be tested without weft or CPython.
const fakeInterpEnv = "WEFT_GOLDEN_FAKE_INTERPRETER"

func TestMain(m *testing.M) {
	// childEnv drops WEFT_* variables, so the fake is selected by its
	// command line: the first argument names the mode.
	if len(os.Args) > 1 && os.Args[1] == fakeInterpEnv {
		os.Exit(fakeInterpreter(os.Args[2:]))
	}
	os.Exit(m.Run())
}

// fakeInterpreter runs a "script" of one command per line:
//
//	out TEXT    print TEXT and a newline to stdout
//	outn TEXT   print TEXT without a newline
//	err TEXT    print TEXT to stderr; "$FILE" becomes the script's absolute path
//	argv        print the arguments after the script, one per line
//	stdin       copy standard input to stdout
//	sleep D     sleep for the duration D
//	exit N      exit with status N
//
// Like CPython it reports a missing script with status 2.
func fakeInterpreter(args []string) int {
	abs, _ := filepath.Abs(args[0])
	f, err := os.Open(args[0])
	if err != nil {
		fmt.Fprintf(os.Stderr, "fake: can't open file '%s': %v\n", abs, err)
		return 2
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cmd, arg, _ := strings.Cut(sc.Text(), " ")
		switch cmd {
		case "out":
			fmt.Println(arg)
		case "outn":
			fmt.Print(arg)
		case "err":
			fmt.Fprintln(os.Stderr, strings.ReplaceAll(arg, "$FILE", abs))
		case "argv":
			for _, a := range args[1:] {
				fmt.Println(a)
			}
		case "stdin":
			io.Copy(os.Stdout, os.Stdin)
		case "sleep":
			d, _ := time.ParseDuration(arg)
			time.Sleep(d)
		case "exit":
			n, _ := strconv.Atoi(arg)
			return n
		}
	}
	return 0
}

func fakeInterp() []string { return []string{os.Args[0], fakeInterpEnv} }

// writeCorpus creates a corpus directory from name → content.
func writeCorpus(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestParseDirectives(t *testing.T) {
	var p Program
	src := "# args: one two  three\n# golden: hand-written — weft prints its own banner\n# args in later comment lines count too\nprint(1)\n# args: ignored after code\n"
	if err := ParseDirectives([]byte(src), &p); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p.Args, []string{"one", "two", "three"}) || !p.HandWritten {
		t.Errorf("got args %q hand-written %v", p.Args, p.HandWritten)
	}
	p = Program{}
	if err := ParseDirectives([]byte("# golden: from pypy\n"), &p); err == nil {
		t.Error("unknown golden directive accepted")
	}
	p = Program{}
	if err := ParseDirectives([]byte("# cmdline: -c print(2)\n"), &p); err != nil || !reflect.DeepEqual(p.Cmdline, []string{"-c", "print(2)"}) {
		t.Errorf("cmdline: %q, %v", p.Cmdline, err)
	}
}

func TestLoadCorpusSkipsHelpers(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"b.py": "", "a.py": "", "a.in": "x", "_helper.py": "", "pkg/__init__.py": "", "notes.txt": "",
	})
	progs, err := LoadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range progs {
		names = append(names, p.Name)
	}
	if !reflect.DeepEqual(names, []string{"a", "b"}) {
		t.Fatalf("programs %q, want [a b]", names)
	}
	if progs[0].Stdin != filepath.Join(dir, "a.in") || progs[1].Stdin != "" {
		t.Errorf("stdin files %q %q", progs[0].Stdin, progs[1].Stdin)
	}
}

func TestNormalise(t *testing.T) {
	dir := "/home/u/weft/tests/py"
	in := "Traceback (most recent call last):\r\n  File \"/home/u/weft/tests/py/x.py\", line 3, in <module>\r\n" +
		"  File \"/home/u/weft/tests/py/_helper.py\", line 1\n/home/u/weft/tests/pyx stays\n"
	want := "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n" +
		"  File \"_helper.py\", line 1\n/home/u/weft/tests/pyx stays\n"
	if got := Normalise(in, dir, false); got != want {
		t.Errorf("Normalise:\n%q\nwant\n%q", got, want)
	}
	for _, c := range []struct{ in, want string }{
		{"/root/.pyenv/versions/3.11.7/bin/python3: can't open file 'x.py'\n", "PYTHON: can't open file 'x.py'\n"},
		{"weft: can't open file 'x.py'\n", "PYTHON: can't open file 'x.py'\n"},
		{"usage: /usr/bin/python3.11 [option] ...\n", "usage: PYTHON [option] ...\n"},
		{"print python3: here\n", "print python3: here\n"},
	} {
		if got := Normalise(c.in, dir, true); got != c.want {
			t.Errorf("Normalise(%q, cmdline) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Normalise("python3: x\n", dir, false); got != "python3: x\n" {
		t.Errorf("interpreter name rewritten outside # cmdline: tests: %q", got)
	}
}

func TestEncodeDecode(t *testing.T) {
	for _, r := range []Result{
		{},
		{Stdout: "hello\n"},
		{Stdout: "no newline"},
		{Stdout: "a\n", Stderr: "Traceback\n", Exit: 1},
		{Stdout: "partial", Stderr: "err without newline", Exit: 3},
		{Stderr: "only stderr\n"},
		{Exit: 2},
		{Stdout: "\n\n", Stderr: "\n"},
		{Stdout: "--- stderr ---\n-- golden: lookalike\n"},
	} {
		enc, err := Encode(r)
		if err != nil {
			t.Fatalf("Encode(%+v): %v", r, err)
		}
		got, err := Decode(enc)
		if err != nil || got != r {
			t.Errorf("Decode(Encode(%+v)) = %+v, %v\nencoded: %q", r, got, err, enc)
		}
	}
	enc, _ := Encode(Result{Stdout: "out\n", Stderr: "boom\n", Exit: 1})
	if want := "out\n--- golden: stderr ---\nboom\n--- golden: exit 1 ---\n"; enc != want {
		t.Errorf("Encode = %q, want %q", enc, want)
	}
	if _, err := Encode(Result{Stdout: "x\n--- golden: stderr ---\n"}); err == nil {
		t.Error("Encode accepted output containing a header line")
	}
	if _, err := Encode(Result{TimedOut: true}); err == nil {
		t.Error("Encode accepted a timed-out run")
	}
	for _, bad := range []string{
		"--- golden: exit 0 ---\n",
		"--- golden: exit x ---\n",
		"--- golden: exit 1 ---\ntrailing\n",
		"--- golden: stderr ---\n",
		"--- golden: stderr ---\nx\n--- golden: stderr ---\n",
		"--- golden: no newline at end of section ---\n",
		"--- golden: exit 01 ---\n",
	} {
		if r, err := Decode(bad); err == nil {
			t.Errorf("Decode(%q) = %+v, want an error", bad, r)
		}
	}
}

func TestDiff(t *testing.T) {
	want := Result{Stdout: "1\n2\n3\n4\n5\n6\n", Exit: 0}
	if d := Diff(want, want); d != "" {
		t.Errorf("Diff of equal results = %q", d)
	}
	got := Result{Stdout: "1\n2\n3\n4\nFIVE\n6\n", Stderr: "boom \n", Exit: 1}
	d := Diff(want, got)
	for _, frag := range []string{
		"exit status: want 0, got 1",
		"--- want stdout\n+++ got stdout\n@@ -2,4 +2,4 @@\n  2\n  3\n  4\n- 5\n+ FIVE\n",
		"+ boom \n",
	} {
		if !strings.Contains(d, frag) {
			t.Errorf("Diff lacks %q:\n%s", frag, d)
		}
	}
	if strings.Contains(d, "  1\n") {
		t.Errorf("Diff shows more than %d context lines:\n%s", diffContext, d)
	}
	d = Diff(Result{Stdout: "x\n"}, Result{Stdout: "x"})
	if !strings.Contains(d, "+ x [no newline at end]") {
		t.Errorf("missing final newline not shown:\n%s", d)
	}
	long := strings.Repeat("y\n", 100)
	if d := Diff(Result{}, Result{Stdout: long}); strings.Count(d, "+ y") != diffMaxLines || !strings.Contains(d, "88 more lines") {
		t.Errorf("long diff not truncated:\n%s", d)
	}
	if d := Diff(Result{}, Result{TimedOut: true, Exit: -1}); !strings.Contains(d, "timed out") {
		t.Errorf("timeout not reported: %q", d)
	}
}

func TestRunWithFakeInterpreter(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"hello.py": "out hello\nerr   File \"$FILE\", line 1\nexit 1\n",
		"args.py":  "# args: a b\nargv\noutn end\n",
		"echo.py":  "stdin\n",
		"echo.in":  "from the .in file\n",
		"slow.py":  "sleep 10s\n",
		"cli.py":   "# cmdline: missing.py\n",
	})
	progs, err := LoadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Program{}
	for _, p := range progs {
		byName[p.Name] = p
	}
	abs, _ := filepath.Abs(dir)
	for name, want := range map[string]Result{
		"hello": {Stdout: "hello\n", Stderr: "  File \"hello.py\", line 1\n", Exit: 1},
		"args":  {Stdout: "a\nb\nend"},
		"echo":  {Stdout: "from the .in file\n"},
		"slow":  {TimedOut: true, Exit: -1},
		"cli":   {Stderr: "fake: can't open file 'missing.py': " + missingFileError(abs) + "\n", Exit: 2},
	} {
		timeout := 5 * time.Second
		if name == "slow" {
			timeout = 300 * time.Millisecond // it sleeps 10s: this run must time out
		}
		got, cpu, err := Run(fakeInterp(), byName[name], timeout)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want {
			t.Errorf("%s: got %+v, want %+v", name, got, want)
		}
		if cpu < 0 || cpu > timeout {
			t.Errorf("%s: implausible CPU time %v", name, cpu)
		}
	}
	if _, _, err := Run([]string{filepath.Join(dir, "no-such-interpreter")}, byName["hello"], time.Second); err == nil {
		t.Error("Run with a missing interpreter succeeded")
	}
}

// missingFileError is the error text the fake prints for missing.py.
func missingFileError(dir string) string {
	_, err := os.Open(filepath.Join(dir, "missing.py"))
	return strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
}

func TestJudgeAndXfail(t *testing.T) {
	for _, c := range []struct {
		matched, listed bool
		want            Verdict
	}{{true, false, Pass}, {false, false, Fail}, {false, true, KnownFail}, {true, true, NowPasses}} {
		if got := Judge(c.matched, c.listed); got != c.want {
			t.Errorf("Judge(%v, %v) = %v, want %v", c.matched, c.listed, got, c.want)
		}
	}
	path := filepath.Join(t.TempDir(), "xfail.txt")
	old := Xfail{"gen_send": "send() not implemented", "fixed_now": "was broken"}
	if err := WriteXfail(path, old); err != nil {
		t.Fatal(err)
	}
	back, err := ReadXfail(path)
	if err != nil || !reflect.DeepEqual(back, old) {
		t.Fatalf("ReadXfail(WriteXfail(x)) = %v, %v", back, err)
	}
	upd := UpdatedXfail(old, []string{"gen_send", "int_arith"})
	if want := (Xfail{"gen_send": "send() not implemented", "int_arith": newXfailReason}); !reflect.DeepEqual(upd, want) {
		t.Errorf("UpdatedXfail = %v, want %v", upd, want)
	}
	if x, err := ReadXfail(filepath.Join(t.TempDir(), "absent")); err != nil || len(x) != 0 {
		t.Errorf("missing xfail file: %v, %v", x, err)
	}
	for _, bad := range []string{"name_without_reason\n", "a r\na r\n"} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadXfail(path); err == nil {
			t.Errorf("ReadXfail accepted %q", bad)
		}
	}
}
