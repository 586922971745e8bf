package objects

import (
	"syscall"
)

// OSError's constructor and str (CPython's OSError_new and OSError_str):
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the
// subclass that matches errno (OSError(2, ...) is a FileNotFoundError),
// keeps args to (errno, strerror), and sets the errno, strerror, filename
// and filename2 attributes, which str() renders as
// "[Errno 2] No such file or directory: 'x.txt'".

// errnoSubclasses maps errno values to the OSError subclasses CPython
// raises for them. The numbers are the platform's own (syscall), as in
// CPython's errno module.
var errnoSubclasses map[int64]*Type

func initOSError() {
	errnoSubclasses = map[int64]*Type{
		int64(syscall.ENOENT):  FileNotFoundErrorType,
		int64(syscall.EEXIST):  FileExistsErrorType,
		int64(syscall.EACCES):  PermissionErrorType,
		int64(syscall.EPERM):   PermissionErrorType,
		int64(syscall.EISDIR):  IsADirectoryErrorType,
		int64(syscall.ENOTDIR): NotADirectoryErrorType,
		int64(syscall.EINTR):   InterruptedErrorType,
		int64(syscall.EPIPE):   BrokenPipeErrorType,
	}
	for _, name := range [...]string{"errno", "strerror", "filename", "filename2"} {
		OSErrorType.Dict.SetStr(Interned(name), None)
	}
	newOSError := func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
		pos := args[:len(args)-len(kw)]
		if len(pos) >= 2 && len(pos) <= 5 && IsInt(pos[0]) {
			if t == OSErrorType {
				if n, ok := AsInt64(pos[0]); ok && errnoSubclasses[n] != nil {
					t = errnoSubclasses[n]
				}
			}
			e := NewException(t, pos[:2]...)
			e.Dict.SetStr(Interned("errno"), pos[0])
			e.Dict.SetStr(Interned("strerror"), pos[1])
			if len(pos) >= 3 {
				e.Dict.SetStr(Interned("filename"), pos[2])
			}
			if len(pos) >= 5 {
				e.Dict.SetStr(Interned("filename2"), pos[4])
			}
			return e.Value(), nil
		}
		return NewException(t, pos...).Value(), nil
	}
	baseInit := BaseExceptionType.Init
	osInit := func(ctx Ctx, self Value, args []Value, kw []string) error {
		if e := AsException(self); e != nil {
			if _, done := e.Dict.GetStr(Interned("errno")); done {
				return nil // the constructor already set args and attributes
			}
		}
		return baseInit(ctx, self, args, kw)
	}
	osStr := func(ctx Ctx, v Value) (string, error) {
		e := as[Exception](v)
		errno, _ := e.Dict.GetStr(Interned("errno"))
		strerror, _ := e.Dict.GetStr(Interned("strerror"))
		if errno.IsNil() || strerror.IsNil() {
			return ExceptionString(e), nil
		}
		es, err := ToStr(ctx, errno)
		if err != nil {
			return "", err
		}
		ss, err := ToStr(ctx, strerror)
		if err != nil {
			return "", err
		}
		s := "[Errno " + es + "] " + ss
		if f, ok := e.Dict.GetStr(Interned("filename")); ok && !f.IsNone() {
			r, err := Repr(ctx, f)
			if err != nil {
				return "", err
			}
			s += ": " + r
			if f2, ok := e.Dict.GetStr(Interned("filename2")); ok && !f2.IsNone() {
				r2, err := Repr(ctx, f2)
				if err != nil {
					return "", err
				}
				s += " -> " + r2
			}
		}
		return s, nil
	}
	for _, t := range ExceptionTypes {
		if t.IsSubtype(OSErrorType) {
			t.New, t.Init, t.Str = newOSError, osInit, osStr
		}
	}
}

// NewOSError is the exception a failed system call raises: the subclass
// for errno, with args (errno, strerror) and filename set when not empty.
func NewOSError(errno int, strerror, filename string) *Exception {
	t := OSErrorType
	if s := errnoSubclasses[int64(errno)]; s != nil {
		t = s
	}
	e := NewException(t, Int(int64(errno)), StrValue(strerror))
	e.Dict.SetStr(Interned("errno"), Int(int64(errno)))
	e.Dict.SetStr(Interned("strerror"), StrValue(strerror))
	if filename != "" {
		e.Dict.SetStr(Interned("filename"), StrValue(filename))
	}
	return e
}
