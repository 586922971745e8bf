// Package structmod is the Go half of weft's struct module
// (interp/lib/struct.py is the Python surface): it parses struct format
// strings and packs and unpacks Python values to and from bytes.
//
// Formats follow CPython's struct documentation: an optional first
// character chooses the byte order, sizes and alignment ('@' native with
// C alignment, '=' native order with standard sizes, '<' little-endian,
// '>' and '!' big-endian), then codes with optional repeat counts
// (whitespace between them is ignored). Native mode is the platform's C
// ABI on the 64-bit targets weft supports (LP64 on Linux and macOS:
// long is 8 bytes; LLP64 on Windows: long is 4 bytes); every target weft
// builds for is little-endian.
//
// Errors are struct.error with CPython's messages, including its
// per-code range messages ("ubyte format requires 0 <= number <= 255",
// "'i' format requires -2147483648 <= number <= 2147483647").
package structmod

import (
	"runtime"
	"strconv"
)

// item is one code of a format with its repeat count.
type item struct {
	code   byte
	count  int // repeats; for 's' and 'p', the field width
	size   int // bytes per repeat (or the whole field for s/p)
	offset int // byte offset of the first repeat
}

// Format is a parsed format string.
type Format struct {
	items     []item
	size      int
	littleEnd bool
	native    bool // '@': native sizes and alignment
	nargs     int  // values pack takes / unpack returns
}

// Size is calcsize(format).
func (f *Format) Size() int { return f.size }

// Args is the number of values the format packs.
func (f *Format) Args() int { return f.nargs }

// nativeLong is sizeof(long) in the platform's C ABI.
var nativeLong = map[bool]int{true: 4, false: 8}[runtime.GOOS == "windows"]

func standardSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

func nativeSize(c byte) int {
	switch c {
	case 'l', 'L':
		return nativeLong
	case 'n', 'N', 'P':
		return 8
	}
	return standardSize(c)
}

// maxSize bounds a format's total size, so that offsets never overflow;
// CPython's bound is PY_SSIZE_T_MAX, which no buffer reaches either.
const maxSize = 1 << 48

// FormatError is a bad format string (struct.error).
type FormatError struct{ Msg string }

func (e *FormatError) Error() string { return e.Msg }

// Parse parses a format string.
func Parse(format string) (*Format, error) {
	f := &Format{littleEnd: true, native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			f.native = false
			s = s[1:]
		case '>', '!':
			f.native, f.littleEnd = false, false
			s = s[1:]
		}
	}
	off := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i:j])
			if err != nil || n > 1<<40 {
				return nil, &FormatError{"total struct size too long"}
			}
			if j >= len(s) {
				return nil, &FormatError{"repeat count given without format specifier"}
			}
			count, i, c = n, j, s[j]
		}
		size := standardSize(c)
		if f.native {
			size = nativeSize(c)
		}
		if size == 0 {
			return nil, &FormatError{"bad char in struct format"}
		}
		if f.native && size > 1 {
			off = (off + size - 1) &^ (size - 1)
		}
		it := item{code: c, count: count, size: size, offset: off}
		switch c {
		case 's', 'p':
			it.size = count
			off += count
			f.nargs++
		case 'x':
			off += count
		default:
			off += count * size
			f.nargs += count
		}
		if off > maxSize {
			return nil, &FormatError{"total struct size too long"}
		}
		f.items = append(f.items, it)
		i++
	}
	f.size = off
	return f, nil
}
