// Package pyfmt formats and parses numbers exactly as CPython 3.11 does:
// float and complex repr, the format() mini-language (format specs for int,
// float, complex and str), printf-style % formatting, round(), int() and
// float() parsing from strings, float.hex and float.fromhex.
//
// It works on Go values (int64, *big.Int, float64, complex128, UTF-8
// strings) and knows nothing of the interpreter's objects, so the
// interpreter supplies what only it can compute (str() of an object, type
// names) and pyfmt supplies the byte-exact text.  Failures are *Error values
// carrying the Python exception class and CPython's exact message.
//
// Floats: every conversion starts from the correctly rounded decimal digits
// of the exact binary value, as CPython's dtoa.c produces them (shortest
// round-trip digits for repr, N significant digits for 'e'/'g', N digits
// after the point for 'f'); Go's strconv is also correctly rounded with
// round-half-even on exact ties, so pyfmt takes its digits from strconv and
// reproduces only CPython's layout rules on top of them (see floatdigits.go).
//
// Tests compare against CPython itself: `go generate ./interp/pyfmt/` runs
// testdata/genvectors.py, which records CPython 3.11's output (or exception
// class and message) for tens of thousands of inputs in testdata/*.jsonl;
// TestVectors replays them all and TestVectorsCurrent checks that the
// committed files are what the machine's python3.11 produces now (it skips
// with a message when there is none).
package pyfmt

//go:generate python3 testdata/genvectors.py testdata

import "github.com/weftrun/weft/interp/pystr"

// Error is a Python exception to raise: Class such as "ValueError" and Msg,
// CPython's message.  It is the same type as pystr.Error so the interpreter
// converts both packages' failures in one place.
type Error = pystr.Error

func valueError(msg string) *Error    { return &Error{Class: "ValueError", Msg: msg} }
func typeError(msg string) *Error     { return &Error{Class: "TypeError", Msg: msg} }
func overflowError(msg string) *Error { return &Error{Class: "OverflowError", Msg: msg} }
