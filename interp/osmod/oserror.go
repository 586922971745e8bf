package osmod

import (
	"errors"
	"syscall"
	"unicode"

	"github.com/weftrun/weft/interp/objects"
)

// Error converts a failed system call's error into the Python exception
// CPython raises for it: the OSError subclass for its errno, with
// strerror as the C library words it and filename set when given. An
// error that already is a Python exception passes through.
func Error(err error, filename string) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*objects.Exception); ok {
		return err
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		return objects.NewOSError(int(en), Strerror(en), filename)
	}
	return objects.Errorf(objects.OSErrorType, "%v", err)
}

// Strerror is strerror(3) for en: Go's message with the C library's
// capital first letter ("No such file or directory").
func Strerror(en syscall.Errno) string {
	s := en.Error()
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
