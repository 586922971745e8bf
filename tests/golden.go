// Package tests holds weft's golden-output corpus: small Python programs in
// tests/py whose exact stdout, stderr and exit status, as CPython 3.11+
// produces them, are recorded in NAME.out files. The interpreter must
// reproduce them byte for byte, because "prints what CPython prints" is the
// only compatibility claim a user can check without reading our source.
//
// The package's non-test code is the harness machinery shared by the
// comparison test (TestGolden) and the regeneration mode that scripts/golden.sh
// drives; keeping one implementation of running, normalising and encoding
// results is what guarantees that the .out files and the comparison agree.
package tests

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Section headers of a .out file. They are whole lines; a program whose
// output contains one of them verbatim cannot be recorded (Encode refuses it),
// so parsing is never ambiguous.
const (
	stderrHeader    = "--- golden: stderr ---"
	exitHeaderFmt   = "--- golden: exit %d ---"
	noNewlineMarker = "--- golden: no newline at end of section ---"
	headerPrefix    = "--- golden: "
)

// Result is what one run of a program produced, after normalisation.
type Result struct {
	Stdout   string
	Stderr   string
	Exit     int
	TimedOut bool
}

// Program describes one corpus entry: tests/py/NAME.py plus the directives
// found in its leading comment lines.
type Program struct {
	Name string // file name without ".py"
	Dir  string // absolute directory of the corpus (the run's cwd)

	// Args are appended after the script path ("# args: a b c").
	Args []string
	// Cmdline, when set ("# cmdline: -c print(1)"), replaces the whole
	// interpreter command line: the .py file only carries the directive.
	// It exists to test the command-line interface itself (missing files, -c).
	Cmdline []string
	// HandWritten marks a .out that differs from CPython by design
	// ("# golden: hand-written — reason"); regeneration leaves it alone.
	HandWritten bool
	// Stdin is the path of NAME.in, or "" for /dev/null.
	Stdin string
}

// ParseDirectives reads the directives of a program from the comment lines
// at the top of its source. Only a run of lines starting with "#" at the very
// beginning of the file is examined, so a directive cannot hide in the middle
// of a test. Arguments are split on white space; the corpus does not need
// quoting, and a format without quoting rules cannot be misread.
func ParseDirectives(src []byte, p *Program) error {
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "#"))
		key, val, ok := strings.Cut(body, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "args":
			p.Args = strings.Fields(val)
		case "cmdline":
			p.Cmdline = strings.Fields(val)
			if len(p.Cmdline) == 0 {
				return fmt.Errorf("%s.py: empty # cmdline: directive", p.Name)
			}
		case "golden":
			if !strings.HasPrefix(strings.TrimSpace(val), "hand-written") {
				return fmt.Errorf("%s.py: unknown # golden: directive %q", p.Name, val)
			}
			p.HandWritten = true
		}
	}
	return sc.Err()
}

// LoadCorpus lists the programs of dir: every NAME.py whose name does not
// start with "_" (those are helper modules imported by the tests). Packages
// in subdirectories are helpers too and are not walked.
func LoadCorpus(dir string) ([]Program, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(abs, "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var progs []Program
	for _, path := range paths {
		base := filepath.Base(path)
		if strings.HasPrefix(base, "_") {
			continue
		}
		p := Program{Name: strings.TrimSuffix(base, ".py"), Dir: abs}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if err := ParseDirectives(src, &p); err != nil {
			return nil, err
		}
		if in := filepath.Join(abs, p.Name+".in"); fileExists(in) {
			p.Stdin = in
		}
		progs = append(progs, p)
	}
	return progs, nil
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// OutPath is the path of the program's expected-output file.
func (p Program) OutPath() string { return filepath.Join(p.Dir, p.Name+".out") }

// argv is the interpreter's argument list for this program.
func (p Program) argv() []string {
	if p.Cmdline != nil {
		return p.Cmdline
	}
	return append([]string{p.Name + ".py"}, p.Args...)
}

// childEnv is the environment of every run. Variables that change CPython's
// behaviour (PYTHONPATH, PYTHONWARNINGS, PYTHONHASHSEED, ...) are removed so
// the machine running the tests cannot change the output; byte-code caching
// is disabled so helper modules leave no __pycache__ in the source tree;
// the encoding is fixed to UTF-8 so non-ASCII output does not depend on the
// locale. PYTHONHASHSEED stays unset on purpose: string hashing is then
// randomised per run, and running every program twice during regeneration
// catches output that depends on set or hash order.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") || strings.HasPrefix(kv, "WEFT_") ||
			strings.HasPrefix(kv, "LC_") || strings.HasPrefix(kv, "LANG=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8", "LC_ALL=C.UTF-8")
}

// Run executes program p with the interpreter command interp (a path plus
// optional leading arguments) in p.Dir and returns its normalised result and
// the CPU time (user + system) the process used. CPU time, unlike wall time,
// does not grow when a loaded machine makes the process wait, so it is what
// the corpus's speed budget is checked against. An error is returned only
// when the interpreter could not be started at all.
func Run(interp []string, p Program, timeout time.Duration) (Result, time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	args := append(append([]string{}, interp[1:]...), p.argv()...)
	cmd := exec.CommandContext(ctx, interp[0], args...)
	cmd.Dir = p.Dir
	cmd.Env = childEnv()
	cmd.WaitDelay = time.Second
	if p.Stdin != "" {
		f, err := os.Open(p.Stdin)
		if err != nil {
			return Result{}, 0, err
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := Result{
		Stdout: Normalise(stdout.String(), p.Dir, p.Cmdline != nil),
		Stderr: Normalise(stderr.String(), p.Dir, p.Cmdline != nil),
	}
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.TimedOut = true
		r.Exit = -1
	case err == nil:
	case errors.As(err, &exitErr):
		r.Exit = exitErr.ExitCode()
	default:
		return Result{}, 0, err
	}
	var cpu time.Duration
	if st := cmd.ProcessState; st != nil {
		cpu = st.UserTime() + st.SystemTime()
	}
	return r, cpu, nil
}

// interpreterName matches the interpreter's own name where CPython prints it
// at the start of a command-line error ("python3: can't open file ...",
// "usage: /usr/bin/python3 [option] ..."). CPython prints argv[0] or the
// resolved executable path there, which differs between machines and from
// "weft", so in # cmdline: tests it becomes the token PYTHON.
var interpreterName = regexp.MustCompile(`(?m)^(usage: )?\S*?(python[0-9.]*|weft)(\.exe)?(:? )`)

// Normalise makes output independent of where the corpus lives. CPython 3.9+
// makes the script path absolute, so tracebacks and SyntaxError reports say
// File "/home/u/weft/tests/py/NAME.py"; every occurrence of the corpus
// directory followed by a path separator is removed, leaving File "NAME.py".
// Windows separators and CRLF line ends are folded to the POSIX forms so one
// .out serves every platform. cmdline additionally replaces the interpreter's
// name at the start of a line (see interpreterName).
func Normalise(s, dir string, cmdline bool) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, prefix := range []string{dir + string(filepath.Separator), dir + "/"} {
		s = strings.ReplaceAll(s, prefix, "")
	}
	if cmdline {
		s = interpreterName.ReplaceAllString(s, "${1}PYTHON$4")
	}
	return s
}

// Encode renders a result in the .out format (see tests/README.md): stdout
// verbatim; then, only if stderr is not empty, a stderr header line and
// stderr; then, only if the exit status is not 0, an exit line. A section
// that does not end in a newline but is followed by another gets a marker
// line, so the newline the format adds is not mistaken for output.
func Encode(r Result) (string, error) {
	if r.TimedOut {
		return "", errors.New("program timed out")
	}
	for _, sec := range []string{r.Stdout, r.Stderr} {
		for _, line := range strings.Split(sec, "\n") {
			if strings.HasPrefix(line, headerPrefix) {
				return "", fmt.Errorf("output contains the reserved header line %q", line)
			}
		}
	}
	var b strings.Builder
	section := func(s string, more bool) {
		b.WriteString(s)
		if more && s != "" && !strings.HasSuffix(s, "\n") {
			b.WriteString("\n" + noNewlineMarker + "\n")
		}
	}
	section(r.Stdout, r.Stderr != "" || r.Exit != 0)
	if r.Stderr != "" {
		b.WriteString(stderrHeader + "\n")
		section(r.Stderr, r.Exit != 0)
	}
	if r.Exit != 0 {
		fmt.Fprintf(&b, exitHeaderFmt+"\n", r.Exit)
	}
	return b.String(), nil
}

// Decode parses a .out file back into a Result; Decode(Encode(r)) == r.
func Decode(s string) (Result, error) {
	var r Result
	cur := &r.Stdout
	var sawStderr, sawExit bool
	lines := strings.SplitAfter(s, "\n")
	for _, line := range lines {
		if line == "" { // SplitAfter's empty tail
			continue
		}
		if !strings.HasPrefix(line, headerPrefix) {
			if sawExit {
				return r, fmt.Errorf("text after the exit line: %q", line)
			}
			*cur += line
			continue
		}
		header := strings.TrimSuffix(line, "\n")
		switch {
		case header == noNewlineMarker:
			if !strings.HasSuffix(*cur, "\n") {
				return r, errors.New("no-newline marker not preceded by a line")
			}
			*cur = strings.TrimSuffix(*cur, "\n")
		case header == stderrHeader && !sawStderr && !sawExit:
			sawStderr = true
			cur = &r.Stderr
		case !sawExit:
			n, err := fmt.Sscanf(header, exitHeaderFmt, &r.Exit)
			if err != nil || n != 1 || fmt.Sprintf(exitHeaderFmt, r.Exit) != header || r.Exit == 0 {
				return r, fmt.Errorf("bad header line %q", header)
			}
			sawExit = true
		default:
			return r, fmt.Errorf("unexpected header line %q", header)
		}
	}
	if sawStderr && r.Stderr == "" {
		return r, errors.New("empty stderr section")
	}
	return r, nil
}

// Diff describes how got differs from want for a developer: the first
// differing line of each section with a few lines of context in unified
// style ("-" expected, "+" actual), and the exit statuses when they differ.
// It returns "" when the results are equal.
func Diff(want, got Result) string {
	var b strings.Builder
	if got.TimedOut {
		b.WriteString("timed out\n")
	}
	if want.Exit != got.Exit && !got.TimedOut {
		fmt.Fprintf(&b, "exit status: want %d, got %d\n", want.Exit, got.Exit)
	}
	diffSection(&b, "stdout", want.Stdout, got.Stdout)
	diffSection(&b, "stderr", want.Stderr, got.Stderr)
	return b.String()
}

// diffContext is how many equal lines Diff shows around the first difference,
// and diffMaxLines how many differing lines it shows at most per section:
// enough to see what went wrong without flooding the test log.
const (
	diffContext  = 3
	diffMaxLines = 12
)

func diffSection(b *strings.Builder, name, want, got string) {
	if want == got {
		return
	}
	w, g := splitLines(want), splitLines(got)
	first := 0
	for first < len(w) && first < len(g) && w[first] == g[first] {
		first++
	}
	// Trim the common tail so a changed line in the middle shows as one hunk.
	we, ge := len(w), len(g)
	for we > first && ge > first && w[we-1] == g[ge-1] {
		we--
		ge--
	}
	start := max(0, first-diffContext)
	fmt.Fprintf(b, "--- want %s\n+++ got %s\n@@ -%d,%d +%d,%d @@\n", name, name, start+1, we-start, start+1, ge-start)
	for _, l := range w[start:first] {
		b.WriteString("  " + l + "\n")
	}
	show := func(sign string, lines []string) {
		for i, l := range lines {
			if i == diffMaxLines {
				fmt.Fprintf(b, "%s ... (%d more lines)\n", sign, len(lines)-i)
				break
			}
			b.WriteString(sign + " " + l + "\n")
		}
	}
	show("-", w[first:we])
	show("+", g[first:ge])
}

// splitLines splits s into lines, quoting them so that invisible differences
// (trailing spaces, a missing final newline) show in the diff.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		line, rest, found := strings.Cut(s, "\n")
		q := strconv.Quote(line)
		q = q[1 : len(q)-1]
		if !found {
			q += " [no newline at end]"
		}
		out = append(out, q)
		s = rest
	}
	return out
}

// Xfail is the list of programs known to fail, with the reason for each.
type Xfail map[string]string

// ReadXfail reads an xfail list: one "NAME reason..." per line, blank lines
// and "#" comments ignored. A missing file is an empty list.
func ReadXfail(path string) (Xfail, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Xfail{}, nil
	}
	if err != nil {
		return nil, err
	}
	x := Xfail{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		reason = strings.TrimSpace(reason)
		if reason == "" {
			return nil, fmt.Errorf("%s:%d: %q has no reason", path, i+1, name)
		}
		if _, dup := x[name]; dup {
			return nil, fmt.Errorf("%s:%d: %q listed twice", path, i+1, name)
		}
		x[name] = reason
	}
	return x, nil
}

// xfailHeader explains the file to whoever opens it.
const xfailHeader = `# Golden programs that weft is known to fail, one "NAME reason" per line.
# A listed program that passes fails the test suite, so this list only shrinks.
# Regenerate with: go test ./tests -run Golden -update-xfail
`

// WriteXfail writes x sorted by name.
func WriteXfail(path string, x Xfail) error {
	names := make([]string, 0, len(x))
	for n := range x {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(xfailHeader)
	for _, n := range names {
		fmt.Fprintf(&b, "%-24s %s\n", n, x[n])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Verdict is the outcome of comparing one program's run with its .out.
type Verdict int

const (
	Pass      Verdict = iota // output matches and the program is not listed
	Fail                     // output differs and the program is not listed
	KnownFail                // output differs and xfail.txt lists it
	NowPasses                // output matches but xfail.txt still lists it
)

// Judge decides the verdict for a program from whether its output matched
// and whether the xfail list names it. NowPasses is an error rather than a
// pass so that the list can only shrink honestly: a fixed program must be
// taken off the list in the same change that fixes it.
func Judge(matched, listed bool) Verdict {
	switch {
	case matched && listed:
		return NowPasses
	case matched:
		return Pass
	case listed:
		return KnownFail
	}
	return Fail
}

// newXfailReason is the reason -update-xfail gives a program it adds.
const newXfailReason = "not yet supported"

// UpdatedXfail is the xfail list after a run in which failing are the
// programs that failed: exactly those programs, keeping the reason a
// developer wrote for those already listed.
func UpdatedXfail(old Xfail, failing []string) Xfail {
	x := Xfail{}
	for _, name := range failing {
		if reason, ok := old[name]; ok {
			x[name] = reason
		} else {
			x[name] = newXfailReason
		}
	}
	return x
}
