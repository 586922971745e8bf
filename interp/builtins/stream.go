package builtins

import (
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

// A stream is every file-like object of the io module: io.StringIO,
// io.BytesIO, the results of open() and sys.stdin. They share one Python
// API (read, readline, readlines, write, writelines, seek, tell, truncate,
// flush, close, closed, iteration, the context manager) and differ only in
// the store behind it, a streamBackend. The stream does what is common:
// the closed and readable/writable checks, argument parsing, conversion
// between Python values and the backend's strings, and the lock.
//
// Free-threading: every operation holds mu for its whole duration, so two
// virtual threads sharing a file see each call as atomic (CPython's
// buffered objects take a lock the same way). Blocking reads of a pipe or
// terminal hold it too; the virtual-thread I/O path belongs to the
// scheduler's poller.
type stream struct {
	objects.Header
	mu      sync.Mutex
	b       streamBackend
	text    bool // str in and out; otherwise bytes
	read    bool
	write   bool
	closed  bool
	name    value // open()'s file argument, or nil
	mode    string
	isStdin bool
}

// streamBackend is the store behind a stream. Positions and counts are in
// characters for text backends and bytes for binary ones; strings carry
// UTF-8 text or raw bytes accordingly.
type streamBackend interface {
	readN(n int) (string, error) // n < 0: to the end
	readLine(limit int) (string, error)
	writeString(s string) (int, error)
	seek(off int64, whence int) (int64, error)
	tell() (int64, error)
	truncate(size int64) (int64, error)
	flush() error
	close() error
	seekable() bool
}

var (
	stringIOType       = streamType("StringIO")
	bytesIOType        = streamType("BytesIO")
	textIOWrapperType  = streamType("TextIOWrapper")
	bufferedReaderType = streamType("BufferedReader")
	bufferedWriterType = streamType("BufferedWriter")
	bufferedRandomType = streamType("BufferedRandom")
)

func streamType(name string) *objects.Type {
	t := objects.NewNativeType(name)
	t.Module = "_io"
	return t
}

// StreamTypes returns the io module's classes by name, for the io module.
func StreamTypes() map[string]*objects.Type {
	return map[string]*objects.Type{
		"StringIO": stringIOType, "BytesIO": bytesIOType, "TextIOWrapper": textIOWrapperType,
		"BufferedReader": bufferedReaderType, "BufferedWriter": bufferedWriterType, "BufferedRandom": bufferedRandomType,
	}
}

var (
	unsupportedOnce sync.Once
	unsupportedType *objects.Type
)

// UnsupportedOperation is io.UnsupportedOperation, which derives from both
// OSError and ValueError as in CPython, so code catching either sees it.
func UnsupportedOperation() *objects.Type {
	unsupportedOnce.Do(func() {
		ns := objects.NewDict()
		ns.SetStr(objects.Interned("__module__"), objects.StrValue("io"))
		t, err := objects.NewClass(nil, objects.TypeType, "UnsupportedOperation", []*objects.Type{objects.OSErrorType, objects.ValueErrorType}, ns)
		if err != nil {
			panic("builtins: io.UnsupportedOperation: " + err.Error())
		}
		unsupportedType = t
	})
	return unsupportedType
}

func newStream(t *objects.Type, b streamBackend, text, read, write bool) *stream {
	s := &stream{b: b, text: text, read: read, write: write}
	objects.SetHeaderType(&s.Header, t)
	return s
}

func (s *stream) value() value { return objects.FromHeader(&s.Header) }

// result converts backend data to the stream's Python type.
func (s *stream) result(data string) value {
	if s.text {
		return objects.StrValue(data)
	}
	return objects.BytesValue([]byte(data))
}

func (s *stream) checkOpen() error {
	if s.closed {
		if s.inMemory() {
			// CPython's StringIO and BytesIO word it without the period.
			return objects.Errorf(objects.ValueErrorType, "I/O operation on closed file")
		}
		return objects.Errorf(objects.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

// inMemory reports an io.StringIO or io.BytesIO.
func (s *stream) inMemory() bool {
	_, ok := s.b.(*memBackend)
	return ok
}

func (s *stream) checkReadable() error {
	if err := s.checkOpen(); err != nil {
		return err
	}
	if !s.read {
		return objects.Errorf(UnsupportedOperation(), "not readable")
	}
	return nil
}

func (s *stream) checkWritable() error {
	if err := s.checkOpen(); err != nil {
		return err
	}
	if !s.write {
		return objects.Errorf(UnsupportedOperation(), "not writable")
	}
	return nil
}

// data converts a value to write into the backend's string form.
func (s *stream) data(v value) (string, error) {
	if s.text {
		if str := objects.AsStr(v); str != nil {
			return str.S, nil
		}
		if s.pyType() == stringIOType {
			return "", objects.Errorf(objects.TypeErrorType, "string argument expected, got '%s'", v.Type().Name)
		}
		return "", objects.Errorf(objects.TypeErrorType, "write() argument must be str, not %s", v.Type().Name)
	}
	if b, ok := objects.BytesLike(v); ok {
		return string(b), nil
	}
	return "", objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// pyType returns the stream's class.
func (s *stream) pyType() *objects.Type { return s.value().Type() }

// sizeArg reads an optional size argument: None or absent is -1.
func sizeArg(c ctx, name string, args []value) (int, error) {
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	n, err := objects.IndexOf(c, args[0])
	if err != nil {
		return 0, objects.Errorf(objects.TypeErrorType, "argument should be integer or None, not '%s'", args[0].Type().Name)
	}
	return int(n), nil
}

func ioError(err error) error {
	if e, ok := err.(*objects.Exception); ok {
		return e
	}
	return objects.Errorf(objects.OSErrorType, "%v", err)
}

func installStreams() {
	types := []*objects.Type{stringIOType, bytesIOType, textIOWrapperType, bufferedReaderType, bufferedWriterType, bufferedRandomType}
	for _, t := range types {
		installStreamMethods(t)
	}
	getvalue := func(c ctx, args []value, kw []string) (value, error) {
		s := self[stream](args[0])
		if err := methodArity(s.pyType().Name, "getvalue", args[1:], kw, 0, 0); err != nil {
			return value{}, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		return s.result(s.b.(*memBackend).all()), nil
	}
	stringIOType.SetMethod("getvalue", getvalue)
	bytesIOType.SetMethod("getvalue", getvalue)
	stringIOType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		a, err := parseArgs("StringIO", args, kw, 0, "initial_value", "newline")
		if err != nil {
			return value{}, err
		}
		init := ""
		if !a[0].IsNil() && !a[0].IsNone() {
			s := objects.AsStr(a[0])
			if s == nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "initial_value must be str or None, not %s", a[0].Type().Name)
			}
			init = s.S
		}
		return newStream(t, newMemBackend(init, true), true, true, true).value(), nil
	}
	bytesIOType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		a, err := parseArgs("BytesIO", args, kw, 0, "initial_bytes")
		if err != nil {
			return value{}, err
		}
		init := ""
		if !a[0].IsNil() && !a[0].IsNone() {
			b, ok := objects.BytesLike(a[0])
			if !ok {
				return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", a[0].Type().Name)
			}
			init = string(b)
		}
		return newStream(t, newMemBackend(init, false), false, true, true).value(), nil
	}
	for _, t := range []*objects.Type{stringIOType, bytesIOType} {
		t.Repr = nil
	}
	for _, t := range []*objects.Type{textIOWrapperType, bufferedReaderType, bufferedWriterType, bufferedRandomType} {
		t.Repr = func(c ctx, v value) (string, error) {
			s := self[stream](v)
			r := "<_io." + v.Type().Name
			if !s.name.IsNil() {
				n, err := objects.Repr(c, s.name)
				if err != nil {
					return "", err
				}
				r += " name=" + n
			}
			if s.text {
				r += " mode='" + s.mode + "' encoding='UTF-8'"
			}
			return r + ">", nil
		}
	}
}

func installStreamMethods(t *objects.Type) {
	m := func(name string, lo, hi int, fn func(c ctx, s *stream, args []value) (value, error)) {
		t.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := nargs(name, args[1:], kw, lo, hi); err != nil {
				return value{}, err
			}
			s := self[stream](args[0])
			s.mu.Lock()
			defer s.mu.Unlock()
			return fn(c, s, args[1:])
		})
	}
	m("read", 0, 1, func(c ctx, s *stream, args []value) (value, error) {
		n, err := sizeArg(c, "read", args)
		if err != nil {
			return value{}, err
		}
		if err := s.checkReadable(); err != nil {
			return value{}, err
		}
		d, err := s.b.readN(n)
		if err != nil {
			return value{}, ioError(err)
		}
		return s.result(d), nil
	})
	m("readline", 0, 1, func(c ctx, s *stream, args []value) (value, error) {
		n, err := sizeArg(c, "readline", args)
		if err != nil {
			return value{}, err
		}
		if err := s.checkReadable(); err != nil {
			return value{}, err
		}
		d, err := s.b.readLine(n)
		if err != nil {
			return value{}, ioError(err)
		}
		return s.result(d), nil
	})
	m("readlines", 0, 1, func(c ctx, s *stream, args []value) (value, error) {
		hint, err := sizeArg(c, "readlines", args)
		if err != nil {
			return value{}, err
		}
		if err := s.checkReadable(); err != nil {
			return value{}, err
		}
		var out []value
		total := 0
		for hint <= 0 || total < hint {
			d, err := s.b.readLine(-1)
			if err != nil {
				return value{}, ioError(err)
			}
			if d == "" {
				break
			}
			total += len(d)
			out = append(out, s.result(d))
		}
		return objects.NewList(out).Value(), nil
	})
	m("write", 1, 1, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkWritable(); err != nil {
			return value{}, err
		}
		d, err := s.data(args[0])
		if err != nil {
			return value{}, err
		}
		n, err := s.b.writeString(d)
		if err != nil {
			return value{}, ioError(err)
		}
		return objects.Int(int64(n)), nil
	})
	m("writelines", 1, 1, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkWritable(); err != nil {
			return value{}, err
		}
		// The lock is held across the iteration: a generator argument
		// runs Python code, which is allowed to block (the thread pins).
		lines, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		for _, l := range lines {
			d, err := s.data(l)
			if err != nil {
				return value{}, err
			}
			if _, err := s.b.writeString(d); err != nil {
				return value{}, ioError(err)
			}
		}
		return objects.None, nil
	})
	m("seek", 1, 2, func(c ctx, s *stream, args []value) (value, error) {
		off, err := objects.IndexOf(c, args[0])
		if err != nil {
			return value{}, err
		}
		whence := int64(0)
		if len(args) == 2 {
			if whence, err = objects.IndexOf(c, args[1]); err != nil {
				return value{}, err
			}
		}
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		if !s.b.seekable() {
			return value{}, objects.Errorf(UnsupportedOperation(), "underlying stream is not seekable")
		}
		if whence < 0 || whence > 2 {
			if s.pyType() == stringIOType {
				return value{}, objects.Errorf(objects.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			return value{}, objects.Errorf(objects.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		pos, err := s.b.seek(off, int(whence))
		if err != nil {
			return value{}, ioError(err)
		}
		return objects.Int(pos), nil
	})
	m("tell", 0, 0, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		if !s.b.seekable() {
			return value{}, objects.Errorf(UnsupportedOperation(), "underlying stream is not seekable")
		}
		pos, err := s.b.tell()
		if err != nil {
			return value{}, ioError(err)
		}
		return objects.Int(pos), nil
	})
	m("truncate", 0, 1, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkWritable(); err != nil {
			return value{}, err
		}
		size := int64(-1)
		if len(args) == 1 && !args[0].IsNone() {
			n, err := objects.IndexOf(c, args[0])
			if err != nil {
				return value{}, err
			}
			if n < 0 {
				if s.pyType() == stringIOType {
					return value{}, objects.Errorf(objects.ValueErrorType, "Negative size value %d", n)
				}
				if !s.inMemory() {
					return value{}, objects.Errorf(objects.OSErrorType, "[Errno 22] Invalid argument")
				}
				return value{}, objects.Errorf(objects.ValueErrorType, "negative size value %d", n)
			}
			size = n
		}
		r, err := s.b.truncate(size)
		if err != nil {
			return value{}, ioError(err)
		}
		return objects.Int(r), nil
	})
	m("flush", 0, 0, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		return objects.None, ioError0(s.b.flush())
	})
	closeFn := func(c ctx, s *stream, args []value) (value, error) {
		if s.closed {
			return objects.None, nil
		}
		s.closed = true
		return objects.None, ioError0(s.b.close())
	}
	m("close", 0, 0, closeFn)
	m("__exit__", 0, 3, closeFn)
	t.SetMethod("__enter__", func(c ctx, args []value, kw []string) (value, error) {
		s := self[stream](args[0])
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		return args[0], nil
	})
	flag := func(name string, get func(s *stream) bool) {
		m(name, 0, 0, func(c ctx, s *stream, args []value) (value, error) {
			if err := s.checkOpen(); err != nil {
				return value{}, err
			}
			return objects.Bool(get(s)), nil
		})
	}
	flag("readable", func(s *stream) bool { return s.read })
	flag("writable", func(s *stream) bool { return s.write })
	flag("seekable", func(s *stream) bool { return s.b.seekable() })
	m("isatty", 0, 0, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		if f, ok := s.b.(*fileBackend); ok {
			return objects.Bool(f.isTerminal()), nil
		}
		return objects.False, nil
	})
	m("fileno", 0, 0, func(c ctx, s *stream, args []value) (value, error) {
		if err := s.checkOpen(); err != nil {
			return value{}, err
		}
		if f, ok := s.b.(*fileBackend); ok && f.osFile() != nil {
			return objects.Int(int64(f.osFile().Fd())), nil
		}
		return value{}, objects.Errorf(UnsupportedOperation(), "fileno")
	})
	prop := func(name string, get func(s *stream) value) {
		t.SetAttrValue(name, newProperty(objects.NewBuiltin(name, func(c ctx, args []value, kw []string) (value, error) {
			s := self[stream](args[0])
			s.mu.Lock()
			defer s.mu.Unlock()
			return get(s), nil
		}, nil).Value(), objects.None, objects.None, objects.None))
	}
	prop("closed", func(s *stream) value { return objects.Bool(s.closed) })
	if t != stringIOType && t != bytesIOType {
		prop("name", func(s *stream) value {
			if s.name.IsNil() {
				return objects.None
			}
			return s.name
		})
		prop("mode", func(s *stream) value { return objects.StrValue(s.mode) })
	}
	if t == textIOWrapperType || t == stringIOType {
		prop("encoding", func(s *stream) value {
			if t == stringIOType {
				return objects.None
			}
			return objects.StrValue("UTF-8")
		})
	}
	t.Iter = func(c ctx, v value) (value, error) {
		s := self[stream](v)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			// iter() is IOBase's check for every stream class, with
			// the period.
			return value{}, objects.Errorf(objects.ValueErrorType, "I/O operation on closed file.")
		}
		return v, nil
	}
	t.Next = func(c ctx, v value) (value, error) {
		s := self[stream](v)
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.checkReadable(); err != nil {
			return value{}, err
		}
		d, err := s.b.readLine(-1)
		if err != nil {
			return value{}, ioError(err)
		}
		if d == "" {
			return value{}, nil
		}
		return s.result(d), nil
	}
}

func ioError0(err error) error {
	if err == nil {
		return nil
	}
	return ioError(err)
}
