package builtins

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

// fileObj is a synchronous text file from open(). Reads and writes go
// straight to the OS file (the virtual-thread I/O path through the poller
// belongs to the sched/io issue).
type fileObj struct {
	objects.Header
	mu     sync.Mutex
	f      *os.File
	r      *bufio.Reader
	w      *bufio.Writer
	name   string
	mode   string
	closed bool
}

var fileType = objects.NewNativeType("TextIOWrapper")

func openFile(c ctx, args []value, kw []string) (value, error) {
	a, err := parseArgs("open", args, kw, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener")
	if err != nil {
		return value{}, err
	}
	name, err := strArg("open", a[0])
	if err != nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
	}
	mode := "r"
	if !a[1].IsNil() {
		if mode, err = strArg("open", a[1]); err != nil {
			return value{}, err
		}
	}
	flag := os.O_RDONLY
	switch {
	case strings.Contains(mode, "w"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case strings.Contains(mode, "a"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if strings.Contains(mode, "+") {
		flag = flag&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
	}
	f, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		return value{}, osError(err, name)
	}
	fo := &fileObj{f: f, name: name, mode: mode, r: bufio.NewReader(f), w: bufio.NewWriter(f)}
	objects.SetHeaderType(&fo.Header, fileType)
	return objects.FromHeader(&fo.Header), nil
}

// binary reports a file opened with "b" in its mode: it reads and writes
// bytes instead of str.
func (f *fileObj) binary() bool { return strings.Contains(f.mode, "b") }

// result wraps data read from the file: bytes in binary mode, str
// otherwise.
func (f *fileObj) result(data string) value {
	if f.binary() {
		return objects.BytesValue([]byte(data))
	}
	return objects.StrValue(data)
}

func osError(err error, name string) error {
	t := objects.OSErrorType
	msg := err.Error()
	errno := 0
	switch {
	case os.IsNotExist(err):
		t, errno, msg = objects.FileNotFoundErrorType, 2, "No such file or directory"
	case os.IsPermission(err):
		t, errno, msg = objects.PermissionErrorType, 13, "Permission denied"
	case os.IsExist(err):
		t, errno, msg = objects.FileExistsErrorType, 17, "File exists"
	}
	if errno == 0 {
		r, _ := objects.Repr(nil, objects.StrValue(name))
		return objects.Errorf(t, "[Errno %d] %s: %s", errno, msg, r)
	}
	return objects.NewOSError(errno, msg, name)
}

func init() {
	fo := func(v value) *fileObj { return self[fileObj](v) }
	check := func(f *fileObj) error {
		if f.closed {
			return objects.Errorf(objects.ValueErrorType, "I/O operation on closed file.")
		}
		return nil
	}
	fileType.SetMethod("read", func(c ctx, args []value, kw []string) (value, error) {
		f := fo(args[0])
		f.mu.Lock()
		defer f.mu.Unlock()
		if err := check(f); err != nil {
			return value{}, err
		}
		data, err := io.ReadAll(f.r)
		if err != nil {
			return value{}, objects.Errorf(objects.OSErrorType, "%v", err)
		}
		return f.result(string(data)), nil
	})
	fileType.SetMethod("readline", func(c ctx, args []value, kw []string) (value, error) {
		f := fo(args[0])
		f.mu.Lock()
		defer f.mu.Unlock()
		if err := check(f); err != nil {
			return value{}, err
		}
		line, _ := f.r.ReadString('\n')
		return f.result(line), nil
	})
	fileType.SetMethod("readlines", func(c ctx, args []value, kw []string) (value, error) {
		f := fo(args[0])
		f.mu.Lock()
		defer f.mu.Unlock()
		var out []value
		for {
			line, err := f.r.ReadString('\n')
			if line != "" {
				out = append(out, f.result(line))
			}
			if err != nil {
				return objects.NewList(out).Value(), nil
			}
		}
	})
	fileType.SetMethod("write", func(c ctx, args []value, kw []string) (value, error) {
		f := fo(args[0])
		if f.binary() {
			b, ok := objects.BytesLike(args[1])
			if !ok {
				return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if err := check(f); err != nil {
				return value{}, err
			}
			f.w.Write(b)
			return objects.Int(int64(len(b))), nil
		}
		s, err := strArg("write", args[1])
		if err != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "write() argument must be str, not %s", args[1].Type().Name)
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		if err := check(f); err != nil {
			return value{}, err
		}
		f.w.WriteString(s)
		return objects.Int(int64(objects.AsStr(args[1]).Len())), nil
	})
	closeF := func(c ctx, args []value, kw []string) (value, error) {
		f := fo(args[0])
		f.mu.Lock()
		defer f.mu.Unlock()
		if !f.closed {
			f.w.Flush()
			f.f.Close()
			f.closed = true
		}
		return objects.None, nil
	}
	fileType.SetMethod("close", closeF)
	fileType.SetMethod("__enter__", func(c ctx, args []value, kw []string) (value, error) { return args[0], nil })
	fileType.SetMethod("__exit__", closeF)
	fileType.Iter = func(c ctx, v value) (value, error) { return v, nil }
	fileType.Next = func(c ctx, v value) (value, error) {
		f := fo(v)
		f.mu.Lock()
		defer f.mu.Unlock()
		line, _ := f.r.ReadString('\n')
		if line == "" {
			return value{}, nil
		}
		return f.result(line), nil
	}
}
