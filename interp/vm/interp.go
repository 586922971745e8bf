package vm

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/weftrun/weft/interp/objects"
)

// Interp is one interpreter: its builtins, loaded modules, import path,
// and standard streams. Many Threads run in one Interp concurrently.
type Interp struct {
	Builtins *objects.Dict
	// Modules is sys.modules.
	Modules *objects.Dict
	// Path is sys.path (a list object shared with the sys module).
	Path *objects.List
	// NativeModules builds the Go-implemented modules by name on first
	// import.
	NativeModules  map[string]func(in *Interp) (*objects.Module, error)
	recursionLimit atomic.Int64
	// Stdout and Stderr are the process streams; Stdout is buffered and
	// flushed by Flush (and by the command at exit).
	stdoutMu sync.Mutex
	Stdout   *bufio.Writer
	Stderr   io.Writer
	Stdin    *bufio.Reader
	// Unbuffered makes every print flush (-u).
	Unbuffered bool
	sources    sync.Map // filename -> source text, for tracebacks
	metrics    interpMetrics
	// PyBuiltins is the namespace of the Python versions of built-ins
	// that package builtins compiles in (docs/stackless.md); the
	// Redirect hooks of shared built-in types find them here through
	// the calling thread.
	PyBuiltins *objects.Dict
}

// New makes an interpreter with empty builtins; package builtins fills
// them.
func New() *Interp {
	in := &Interp{
		Builtins:      objects.NewDict(),
		Modules:       objects.NewDict(),
		Path:          objects.NewList(nil),
		NativeModules: map[string]func(*Interp) (*objects.Module, error){},
		Stdout:        bufio.NewWriterSize(os.Stdout, 1<<16),
		Stderr:        os.Stderr,
		Stdin:         bufio.NewReader(os.Stdin),
	}
	in.recursionLimit.Store(1000)
	return in
}

// RecursionLimit is sys.getrecursionlimit().
func (in *Interp) RecursionLimit() int { return int(in.recursionLimit.Load()) }

// SetRecursionLimit is sys.setrecursionlimit(n).
func (in *Interp) SetRecursionLimit(n int) { in.recursionLimit.Store(int64(n)) }

// WriteStdout writes s to standard output.
func (in *Interp) WriteStdout(s string) {
	in.stdoutMu.Lock()
	in.Stdout.WriteString(s)
	if in.Unbuffered {
		in.Stdout.Flush()
	}
	in.stdoutMu.Unlock()
}

// Flush flushes standard output.
func (in *Interp) Flush() {
	in.stdoutMu.Lock()
	in.Stdout.Flush()
	in.stdoutMu.Unlock()
}

// RememberSource records a file's text so tracebacks can quote its lines.
// Like CPython, code compiled from a string ("<string>", "<stdin>") has
// no source lines in tracebacks.
func (in *Interp) RememberSource(filename, src string) {
	if !strings.HasPrefix(filename, "<") {
		in.sources.Store(filename, src)
	}
}

func (in *Interp) source(filename string) (string, bool) {
	if s, ok := in.sources.Load(filename); ok {
		return s.(string), true
	}
	if len(filename) > 0 && filename[0] == '<' {
		return "", false
	}
	b, err := os.ReadFile(filename)
	if err != nil {
		return "", false
	}
	in.sources.Store(filename, string(b))
	return string(b), true
}
