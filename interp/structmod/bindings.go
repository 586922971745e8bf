package structmod

import (
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

// errorType is struct.error, an Exception subclass made once per process
// (types are shared by every interpreter in the process, like the
// built-in exception types it derives from).
var (
	errorOnce sync.Once
	errorType value
	errorErr  error
)

func structError(c objects.Ctx) (value, error) {
	errorOnce.Do(func() {
		ns := objects.NewDict()
		ns.SetStr(objects.Interned("__module__"), objects.StrValue("struct"))
		ns.SetStr(objects.Interned("__doc__"), objects.StrValue("Exception raised on bad struct formats and values."))
		errorType, errorErr = objects.Call(c, objects.TypeType.Value(), []value{
			objects.StrValue("error"),
			objects.NewTuple([]value{objects.ExceptionType.Value()}).Value(),
			ns.Value(),
		}, nil)
	})
	return errorType, errorErr
}

// raise turns a structmod error into the Python exception.
func raise(c objects.Ctx, err error) error {
	msg := err.Error()
	switch e := err.(type) {
	case *ValueError:
		if e.Overflow {
			return objects.Errorf(objects.OverflowErrorType, "%s", msg)
		}
	case *FormatError:
	default:
		return err // already a Python exception (from __index__, __bool__...)
	}
	t, terr := structError(c)
	if terr != nil {
		return terr
	}
	exc, cerr := objects.Call(c, t, []value{objects.StrValue(msg)}, nil)
	if cerr != nil {
		return cerr
	}
	return objects.AsException(exc)
}

// formats caches parsed formats by their text; Parse is cheap, but
// struct.pack(fmt, ...) in a loop parses the same few formats over and
// over. The cache is dropped whole when it grows past maxFormats.
var (
	formatsMu sync.Mutex
	formats   = map[string]*Format{}
)

const maxFormats = 1024

// maxAlloc is the largest record pack will allocate; a larger format
// (struct.pack("99999999999s", b"")) is a MemoryError, as in CPython,
// rather than a Go allocation failure.
const maxAlloc = 1 << 32

func formatArg(c objects.Ctx, v value) (*Format, error) {
	var text string
	if s := objects.AsStr(v); s != nil {
		text = s.S
	} else if b := objects.AsBytes(v); b != nil {
		text = string(b.B)
	} else {
		return nil, objects.Errorf(objects.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
	}
	formatsMu.Lock()
	f, ok := formats[text]
	formatsMu.Unlock()
	if ok {
		return f, nil
	}
	f, err := Parse(text)
	if err != nil {
		return nil, raise(c, err)
	}
	formatsMu.Lock()
	if len(formats) >= maxFormats {
		clear(formats)
	}
	formats[text] = f
	formatsMu.Unlock()
	return f, nil
}

// NewModule builds _struct, which interp/lib/struct.py re-exports:
//
//	error_type() -> struct.error
//	calcsize(fmt) -> int
//	pack(fmt, *values) -> bytes
//	pack_into(fmt, buffer, offset, *values)
//	unpack(fmt, buffer) -> tuple          unpack_from(fmt, buffer, offset=0) -> tuple
//
// fmt is a str or bytes; parsed formats are cached.
func NewModule() *objects.Module {
	m := objects.NewModule("_struct")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_struct"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	// The error class is made by calling type(), which needs a running
	// thread, so struct.py asks for it at import instead of the module
	// holding it from the start.
	def("error_type", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return structError(c)
	})
	def("calcsize", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "calcsize() takes exactly one argument (%d given)", len(args))
		}
		f, err := formatArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Int(int64(f.Size())), nil
	})
	def("pack", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "pack() takes no keyword arguments")
		}
		if len(args) < 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "pack expected at least 1 argument, got 0")
		}
		f, err := formatArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		if f.Size() > maxAlloc {
			return value{}, objects.NewException(objects.MemoryErrorType)
		}
		buf := make([]byte, f.Size())
		if err := f.Pack(c, buf, args[1:]); err != nil {
			return value{}, raise(c, err)
		}
		return objects.BytesValue(buf), nil
	})
	def("pack_into", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) < 3 || len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "pack_into expected at least 3 arguments, got %d", len(args))
		}
		f, err := formatArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		ba := objects.AsByteArray(args[1])
		if ba == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "argument must be read-write bytes-like object, not %s", args[1].Type().Name)
		}
		off, err := objects.IndexOf(c, args[2])
		if err != nil {
			return value{}, err
		}
		if len(args)-3 != f.Args() {
			return value{}, raise(c, errf("pack expected %d items for packing (got %d)", f.Args(), len(args)-3))
		}
		if f.Size() > maxAlloc {
			return value{}, objects.NewException(objects.MemoryErrorType)
		}
		buf := make([]byte, f.Size())
		if err := f.Pack(c, buf, args[3:]); err != nil {
			return value{}, raise(c, err)
		}
		// The record is packed first and copied in under the bytearray's
		// lock (with the bounds checked there), so a concurrent reader
		// never sees half of it and a concurrent resize cannot race the
		// check.
		var perr error
		err = ba.Mutate(func(b []byte) ([]byte, error) {
			n := int64(len(b))
			at := off
			if at < 0 {
				if at+n < 0 {
					perr = errf("offset %d out of range for %d-byte buffer", at, n)
					return b, nil
				}
				at += n
			}
			if n-at < int64(f.Size()) {
				perr = errf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", int64(f.Size())+at, f.Size(), at, n)
				return b, nil
			}
			copy(b[at:], buf)
			return b, nil
		})
		if err != nil {
			return value{}, err
		}
		if perr != nil {
			return value{}, raise(c, perr)
		}
		return objects.None, nil
	})
	def("unpack", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 || len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "unpack expected 2 arguments, got %d", len(args))
		}
		f, err := formatArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		data, ok := bytesOf(args[1])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		if len(data) != f.Size() {
			return value{}, raise(c, errf("unpack requires a buffer of %d bytes", f.Size()))
		}
		return objects.NewTuple(f.Unpack(data)).Value(), nil
	})
	def("unpack_from", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(kw) > 0 || len(args) < 2 || len(args) > 3 {
			return value{}, objects.Errorf(objects.TypeErrorType, "unpack_from expected 2 or 3 arguments, got %d", len(args))
		}
		f, err := formatArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		data, ok := bytesOf(args[1])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		off := int64(0)
		if len(args) == 3 {
			if off, err = objects.IndexOf(c, args[2]); err != nil {
				return value{}, err
			}
		}
		n := int64(len(data))
		if off < 0 {
			if off+n < 0 {
				return value{}, raise(c, errf("offset %d out of range for %d-byte buffer", off, n))
			}
			off += n
		}
		if n-off < int64(f.Size()) {
			return value{}, raise(c, errf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", int64(f.Size())+off, f.Size(), off, n))
		}
		return objects.NewTuple(f.Unpack(data[off : off+int64(f.Size())])).Value(), nil
	})
	return m
}
