package builtins

import (
	"bufio"
	"os"
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// openFile is open(): a stream over an OS file, typed like CPython's
// (TextIOWrapper for text, BufferedReader/Writer/Random for binary modes).
// Reads and writes are synchronous; the virtual-thread I/O path through
// the poller belongs to the scheduler.
func openFile(c ctx, args []value, kw []string) (value, error) {
	a, err := parseArgs("open", args, kw, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener")
	if err != nil {
		return value{}, err
	}
	name, err := openPathArg(c, a[0])
	if err != nil {
		return value{}, err
	}
	mode := "r"
	if !a[1].IsNil() {
		if mode, err = strArg("open", a[1]); err != nil {
			return value{}, err
		}
	}
	kinds, plus := 0, 0
	for _, r := range mode {
		switch {
		case strings.ContainsRune("rwxa", r):
			kinds++
		case r == '+':
			plus++
		case strings.ContainsRune("bt", r):
		default:
			return value{}, objects.Errorf(objects.ValueErrorType, "invalid mode: '%s'", mode)
		}
	}
	if strings.Contains(mode, "b") && strings.Contains(mode, "t") {
		return value{}, objects.Errorf(objects.ValueErrorType, "can't have text and binary mode at once")
	}
	if kinds > 1 {
		return value{}, objects.Errorf(objects.ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if kinds == 0 || plus > 1 {
		return value{}, objects.Errorf(objects.ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	binary := strings.Contains(mode, "b")
	if binary && !a[3].IsNil() && !a[3].IsNone() {
		return value{}, objects.Errorf(objects.ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	flag := os.O_RDONLY
	read, write := true, false
	switch {
	case strings.Contains(mode, "w"):
		flag, read, write = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, false, true
	case strings.Contains(mode, "a"):
		flag, read, write = os.O_WRONLY|os.O_CREATE|os.O_APPEND, false, true
	case strings.Contains(mode, "x"):
		flag, read, write = os.O_WRONLY|os.O_CREATE|os.O_EXCL, false, true
	}
	if strings.Contains(mode, "+") {
		flag = flag&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
		read, write = true, true
	}
	f, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		return value{}, osError(err, name)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		r, _ := objects.Repr(nil, objects.StrValue(name))
		return value{}, objects.Errorf(objects.IsADirectoryErrorType, "[Errno 21] Is a directory: %s", r)
	}
	t := textIOWrapperType
	switch {
	case !binary:
	case read && write:
		t = bufferedRandomType
	case write:
		t = bufferedWriterType
	default:
		t = bufferedReaderType
	}
	s := newStream(t, &fileBackend{f: f, text: !binary}, !binary, read, write)
	s.name, s.mode = a[0], mode
	if binary {
		s.mode = strings.ReplaceAll(mode, "t", "")
	}
	return s.value(), nil
}

// NewStdin returns sys.stdin: a text stream reading r, the reader input()
// also reads (so the two interleave correctly), over the OS file fd.
func NewStdin(r *bufio.Reader, fd *os.File) value {
	s := newStream(textIOWrapperType, &fileBackend{r: r, fd: fd, text: true}, true, true, false)
	s.name, s.mode = objects.StrValue("<stdin>"), "r"
	return s.value()
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
