// Package subprocessmod is _subprocess, the Go part of weft's subprocess
// module (interp/lib/subprocess.py): it starts child processes with
// os/exec and does every wait on them — process exit, pipe reads, pipe
// writes — as an announced blocking call (vthread.Blocking). The carrier
// running the waiting virtual thread hands its P to another carrier for
// the duration, as Go's runtime does around a blocking system call, so a
// thousand virtual threads each waiting for a child do not stall the
// others and do not need a thousand Ps.
//
// Why not the poller: a process exit is not a file descriptor event on
// every platform (pidfd is Linux-only, Windows waits on a handle), and a
// pipe read here is a plain blocking read on an *os.File whose descriptor
// belongs to the Go runtime's own poller. Announcing the call keeps one
// code path for linux, darwin and windows.
//
// Invariants of a proc:
//   - the child is reaped by exactly one goroutine (waiter), started by
//     spawn; it records the exit status and closes exited. Everything else
//     learns about the exit only through exited, so there is no race
//     between wait(), poll() and communicate().
//   - each pipe is read through one bufio.Reader: direct reads
//     (p.stdout.read) and the collectors that communicate() starts share
//     it, so data buffered by a readline is never lost to communicate.
//   - communicate() starts its collectors at most once; a communicate that
//     timed out leaves them running, and the next one picks their output
//     up, which is how CPython's "kill, then communicate again" works.
package subprocessmod

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/osmod"
	"github.com/weftrun/weft/interp/vthread"
)

type value = objects.Value

// The stream dispositions that subprocess.py passes for stdin, stdout and
// stderr; a value >= 0 is a file descriptor the child inherits.
const (
	modePipe    = -1 // subprocess.PIPE
	modeStdout  = -2 // subprocess.STDOUT (stderr only)
	modeDevnull = -3 // subprocess.DEVNULL
	modeInherit = -4 // None: the parent's own stream
)

// procType is the type of _subprocess.spawn's results.
var procType = objects.NewNativeType("_subprocess.Process")

// pipeReader is the parent's end of a child's output pipe.
type pipeReader struct {
	f *os.File
	r *bufio.Reader
	// Filled by the collector goroutine that communicate() starts.
	mu        sync.Mutex
	collected bytes.Buffer
	done      chan struct{}
}

type proc struct {
	objects.Header
	cmd    *exec.Cmd
	stdin  *os.File
	out    [3]*pipeReader // indexed by 1 (stdout) and 2 (stderr)
	exited chan struct{}
	status int // valid once exited is closed

	collectOnce sync.Once
	inputDone   chan struct{}
}

// NewModule builds _subprocess:
//
//	spawn(argv, executable, cwd, env, stdin, stdout, stderr) -> proc
//	pid(p)  poll(p) -> int|None  wait(p, timeout) -> int|None (None: timed out)
//	write(p, data) -> int  close_stdin(p)
//	read(p, which, n) -> bytes  readline(p, which) -> bytes   (which: 1 or 2)
//	communicate(p, input, timeout) -> (finished, stdout, stderr)
//	signal(p, signum)  kill(p)
//
// A negative timeout means none.
func NewModule() *objects.Module {
	m := objects.NewModule("_subprocess")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_subprocess"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("spawn", spawn)
	def("pid", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.Int(int64(p.cmd.Process.Pid)), nil
	})
	def("poll", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 1)
		if err != nil {
			return value{}, err
		}
		select {
		case <-p.exited:
			return objects.Int(int64(p.status)), nil
		default:
			return objects.None, nil
		}
	})
	def("wait", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 2)
		if err != nil {
			return value{}, err
		}
		timeout, err := timeoutArg(args[1])
		if err != nil {
			return value{}, err
		}
		if !waitFor(c, timeout, p.exited) {
			return objects.None, nil
		}
		return objects.Int(int64(p.status)), nil
	})
	def("write", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 2)
		if err != nil {
			return value{}, err
		}
		b := objects.AsBytes(args[1])
		if b == nil || p.stdin == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "_subprocess.write: expected a process with a stdin pipe and bytes")
		}
		var n int
		var werr error
		vthread.Blocking(c, func() { n, werr = p.stdin.Write(b.B) })
		if werr != nil {
			return value{}, osmod.Error(errnoOf(werr), "")
		}
		return objects.Int(int64(n)), nil
	})
	def("close_stdin", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 1)
		if err != nil {
			return value{}, err
		}
		if p.stdin != nil {
			p.stdin.Close()
		}
		return objects.None, nil
	})
	def("read", func(c objects.Ctx, args []value, kw []string) (value, error) {
		r, n, err := readerArgs(args, 3)
		if err != nil {
			return value{}, err
		}
		var data []byte
		var rerr error
		vthread.Blocking(c, func() {
			if n < 0 {
				data, rerr = io.ReadAll(r.r)
				return
			}
			data = make([]byte, n)
			var got int
			got, rerr = io.ReadFull(r.r, data)
			data = data[:got]
			if rerr == io.ErrUnexpectedEOF {
				rerr = nil
			}
		})
		if rerr != nil && rerr != io.EOF {
			return value{}, osmod.Error(errnoOf(rerr), "")
		}
		return objects.BytesValue(data), nil
	})
	def("readline", func(c objects.Ctx, args []value, kw []string) (value, error) {
		r, _, err := readerArgs(append(args, objects.Int(-1)), 3)
		if err != nil {
			return value{}, err
		}
		var line []byte
		var rerr error
		vthread.Blocking(c, func() { line, rerr = r.r.ReadBytes('\n') })
		if rerr != nil && rerr != io.EOF {
			return value{}, osmod.Error(errnoOf(rerr), "")
		}
		return objects.BytesValue(line), nil
	})
	def("communicate", communicate)
	def("signal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 2)
		if err != nil {
			return value{}, err
		}
		sig, ok := objects.AsInt64(args[1])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "signal number must be an int")
		}
		return objects.None, p.signal(syscall.Signal(sig))
	})
	def("kill", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := procArg(args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.None, p.signal(os.Kill)
	})
	return m
}

// signal delivers sig unless the child has already been reaped: after
// that its pid may belong to another process, so CPython makes it a no-op.
func (p *proc) signal(sig os.Signal) error {
	select {
	case <-p.exited:
		return nil
	default:
	}
	if err := p.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return osmod.Error(errnoOf(err), "")
	}
	return nil
}

func procArg(args []value, n int) (*proc, error) {
	if len(args) != n || args[0].IsNil() || args[0].Type() != procType {
		return nil, objects.Errorf(objects.TypeErrorType, "_subprocess: expected a process and %d more argument(s)", n-1)
	}
	return (*proc)(args[0].Ptr()), nil
}

func readerArgs(args []value, n int) (*pipeReader, int, error) {
	p, err := procArg(args, n)
	if err != nil {
		return nil, 0, err
	}
	which, ok1 := objects.AsInt64(args[1])
	size, ok2 := objects.AsInt64(args[2])
	if !ok1 || !ok2 || (which != 1 && which != 2) || p.out[which] == nil {
		return nil, 0, objects.Errorf(objects.ValueErrorType, "_subprocess: no such output pipe")
	}
	return p.out[which], int(size), nil
}

func timeoutArg(v value) (time.Duration, error) {
	if v.IsNone() {
		return -1, nil
	}
	f, ok, err := objects.ToFloat(v)
	if err != nil || !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "timeout must be a number or None")
	}
	if f < 0 {
		return -1, nil
	}
	return time.Duration(f * float64(time.Second)), nil
}

// waitFor blocks (announced) until ch is closed or timeout passes; a
// negative timeout waits forever. It reports whether ch was closed.
func waitFor(c objects.Ctx, timeout time.Duration, ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
	}
	if timeout == 0 {
		return false
	}
	closed := false
	vthread.Blocking(c, func() {
		if timeout < 0 {
			<-ch
			closed = true
			return
		}
		t := time.NewTimer(timeout)
		defer t.Stop()
		select {
		case <-ch:
			closed = true
		case <-t.C:
		}
	})
	return closed
}

func strList(v value, what string) ([]string, error) {
	var items []value
	if l := objects.AsList(v); l != nil {
		items = l.Snapshot()
	} else if t := objects.AsTuple(v); t != nil {
		items = t.Items
	} else {
		return nil, objects.Errorf(objects.TypeErrorType, "_subprocess: %s must be a list of str", what)
	}
	out := make([]string, len(items))
	for i, it := range items {
		s := objects.AsStr(it)
		if s == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "_subprocess: %s must be a list of str", what)
		}
		out[i] = s.S
	}
	return out, nil
}

func optStr(v value) (string, bool) {
	if v.IsNone() {
		return "", false
	}
	if s := objects.AsStr(v); s != nil {
		return s.S, true
	}
	return "", false
}

// spawn starts the child. Pipes are created here, not by exec.Cmd's
// StdinPipe/StdoutPipe: those are closed by Cmd.Wait, while the parent's
// ends must outlive the child (output may still be buffered in them when
// the process has exited).
func spawn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 7 {
		return value{}, objects.Errorf(objects.TypeErrorType, "_subprocess.spawn expects 7 arguments")
	}
	argv, err := strList(args[0], "args")
	if err != nil {
		return value{}, err
	}
	if len(argv) == 0 {
		return value{}, objects.Errorf(objects.IndexErrorType, "list index out of range")
	}
	exe := argv[0]
	if s, ok := optStr(args[1]); ok {
		exe = s
	}
	cmd := exec.Command(exe)
	cmd.Args = argv
	if s, ok := optStr(args[2]); ok {
		cmd.Dir = s
	}
	if !args[3].IsNone() {
		if cmd.Env, err = strList(args[3], "env"); err != nil {
			return value{}, err
		}
	}
	var modes [3]int
	for i := range 3 {
		n, ok := objects.AsInt64(args[4+i])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "_subprocess.spawn: bad stream disposition")
		}
		modes[i] = int(n)
	}
	p := &proc{cmd: cmd, exited: make(chan struct{}), inputDone: make(chan struct{})}
	objects.SetHeaderType(&p.Header, procType)
	var childEnds []*os.File // closed in the parent once the child has them
	defer func() {
		for _, f := range childEnds {
			f.Close()
		}
	}()
	fail := func(e error) (value, error) {
		if p.stdin != nil {
			p.stdin.Close()
		}
		for _, r := range p.out {
			if r != nil {
				r.f.Close()
			}
		}
		return value{}, e
	}
	var devnull *os.File
	open := func(i int) (*os.File, error) {
		switch m := modes[i]; {
		case m == modeInherit:
			return []*os.File{os.Stdin, os.Stdout, os.Stderr}[i], nil
		case m == modeDevnull:
			if devnull == nil {
				f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
				if err != nil {
					return nil, err
				}
				devnull = f
				childEnds = append(childEnds, f)
			}
			return devnull, nil
		case m == modePipe:
			r, w, err := os.Pipe()
			if err != nil {
				return nil, err
			}
			if i == 0 {
				p.stdin = w
				childEnds = append(childEnds, r)
				return r, nil
			}
			p.out[i] = &pipeReader{f: r, r: bufio.NewReader(r), done: make(chan struct{})}
			childEnds = append(childEnds, w)
			return w, nil
		case m >= 0:
			return os.NewFile(uintptr(m), "fd"), nil
		}
		return nil, objects.Errorf(objects.ValueErrorType, "_subprocess.spawn: bad stream disposition %d", modes[i])
	}
	files := [3]*os.File{}
	for i := range 3 {
		if i == 2 && modes[2] == modeStdout {
			files[2] = files[1]
			continue
		}
		f, err := open(i)
		if err != nil {
			return fail(osmod.Error(errnoOf(err), ""))
		}
		files[i] = f
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = files[0], files[1], files[2]
	if err := cmd.Start(); err != nil {
		return fail(startError(err, argv[0], cmd.Dir))
	}
	go func() {
		st, err := cmd.Process.Wait()
		p.status = exitStatus(st, err)
		close(p.exited)
	}()
	return objects.FromHeader(&p.Header), nil
}

// startError turns exec's failure into the OSError CPython raises: the
// file name is the program, or the working directory when that is what
// was missing.
func startError(err error, program, dir string) error {
	var ee *exec.Error
	if errors.As(err, &ee) {
		if errors.Is(ee.Err, exec.ErrNotFound) {
			return osmod.Error(syscall.ENOENT, program)
		}
		return osmod.Error(errnoOf(ee.Err), program)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		name := pe.Path
		if pe.Op == "chdir" && dir != "" {
			name = dir
		}
		return osmod.Error(errnoOf(pe.Err), name)
	}
	return osmod.Error(errnoOf(err), program)
}

// errnoOf digs the system error number out of Go's wrappers so osmod.Error
// picks the right OSError subclass.
func errnoOf(err error) error {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en
	}
	return err
}

// exitStatus is CPython's returncode: the exit code, or -N for a child
// killed by signal N.
func exitStatus(st *os.ProcessState, err error) int {
	if st == nil || err != nil {
		return -1
	}
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return st.ExitCode()
}

// communicate feeds input to stdin (then closes it), collects stdout and
// stderr and waits for the exit, all within timeout.
func communicate(c objects.Ctx, args []value, kw []string) (value, error) {
	p, err := procArg(args, 3)
	if err != nil {
		return value{}, err
	}
	timeout, err := timeoutArg(args[2])
	if err != nil {
		return value{}, err
	}
	var input []byte
	if !args[1].IsNone() {
		b := objects.AsBytes(args[1])
		if b == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "communicate() input must be bytes")
		}
		input = b.B
	}
	p.collectOnce.Do(func() {
		if p.stdin != nil {
			go func() {
				defer close(p.inputDone)
				// A child that exits without reading its input makes this
				// write fail with EPIPE; CPython ignores that too.
				if len(input) > 0 {
					p.stdin.Write(input)
				}
				p.stdin.Close()
			}()
		} else {
			close(p.inputDone)
		}
		for _, r := range p.out {
			if r != nil {
				go r.collect()
			}
		}
	})
	all := make(chan struct{})
	go func() {
		<-p.inputDone
		for _, r := range p.out {
			if r != nil {
				<-r.done
			}
		}
		<-p.exited
		close(all)
	}()
	finished := waitFor(c, timeout, all)
	res := []value{objects.Bool(finished), objects.None, objects.None}
	for i := 1; i <= 2; i++ {
		if r := p.out[i]; r != nil {
			r.mu.Lock()
			res[i] = objects.BytesValue(bytes.Clone(r.collected.Bytes()))
			r.mu.Unlock()
		}
	}
	return objects.NewTuple(res).Value(), nil
}

// collect copies the pipe to collected until end of file.
func (r *pipeReader) collect() {
	defer close(r.done)
	defer r.f.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := r.r.Read(buf)
		if n > 0 {
			r.mu.Lock()
			r.collected.Write(buf[:n])
			r.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}
