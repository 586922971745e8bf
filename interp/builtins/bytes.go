package builtins

import (
	"bytes"
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// The methods of bytes and bytearray. Both types share every read-only
// method: each works on the receiver's content (the object's own slice
// for bytes, a snapshot for bytearray, see objects.BytesLike) and builds
// its result with the receiver's own type, as CPython's bytes_methods.c
// does. Case mapping and character classes are ASCII-only: bytes have no
// encoding, so b'\xe9'.upper() is unchanged.

// asciiSpace is the whitespace set of bytes methods (split, strip...).
const asciiSpace = " \t\n\r\x0b\x0c"

func isSpaceByte(c byte) bool { return strings.IndexByte(asciiSpace, c) >= 0 }
func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// bytesSelf is the content of a bytes or bytearray receiver.
func bytesSelf(v value) []byte { b, _ := objects.BytesLike(v); return b }

// sameKind builds a result of the receiver's kind: bytearray methods
// return bytearrays.
func sameKind(recv value, b []byte) value {
	if objects.AsByteArray(recv) != nil {
		return objects.ByteArrayValue(b)
	}
	return objects.BytesValue(b)
}

// bytesArg reads a bytes-like argument with CPython's message.
func bytesArg(v value) ([]byte, error) {
	if b, ok := objects.BytesLike(v); ok {
		return b, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// subArg reads the "sub" argument of find/count/index: bytes-like or an
// int byte.
func subArg(c ctx, v value) ([]byte, error) {
	if b, ok := objects.BytesLike(v); ok {
		return b, nil
	}
	if objects.IsInt(v) {
		n, err := objects.IndexOf(c, v)
		if err != nil || n < 0 || n > 255 {
			return nil, objects.Errorf(objects.ValueErrorType, "byte must be in range(0, 256)")
		}
		return []byte{byte(n)}, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "argument should be integer or bytes-like object, not '%s'", v.Type().Name)
}

// clampRange turns optional start/end arguments into a valid [start, end)
// of a sequence of length n, like slice indices; ok is false when start
// is past end (nothing can match).
func clampRange(c ctx, n int, args []value) (start, end int, ok bool, err error) {
	var se [2]value
	copy(se[:], args)
	if start, err = optIndex(c, se[0], 0); err != nil {
		return
	}
	if end, err = optIndex(c, se[1], n); err != nil {
		return
	}
	adj := func(i int) int {
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return i
	}
	// start past the end matters for empty needles: find(b'', 10) is -1.
	if start > n {
		return start, end, false, nil
	}
	start, end = adj(start), adj(end)
	return start, end, start <= end, nil
}

// splitWhite is bytes.split() without a separator.
func splitWhite(p []byte, max int) [][]byte {
	var out [][]byte
	i := 0
	for {
		for i < len(p) && isSpaceByte(p[i]) {
			i++
		}
		if i == len(p) {
			return out
		}
		if max >= 0 && len(out) == max {
			j := len(p)
			for j > i && isSpaceByte(p[j-1]) {
				j--
			}
			return append(out, p[i:j])
		}
		j := i
		for j < len(p) && !isSpaceByte(p[j]) {
			j++
		}
		out = append(out, p[i:j])
		i = j
	}
}

// rsplitWhite is bytes.rsplit() without a separator.
func rsplitWhite(p []byte, max int) [][]byte {
	var out [][]byte
	j := len(p)
	for {
		for j > 0 && isSpaceByte(p[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if max >= 0 && len(out) == max {
			i := 0
			for i < j && isSpaceByte(p[i]) {
				i++
			}
			out = append(out, p[i:j])
			break
		}
		i := j
		for i > 0 && !isSpaceByte(p[i-1]) {
			i--
		}
		out = append(out, p[i:j])
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// rsplitSep is bytes.rsplit(sep, max) for a non-empty sep.
func rsplitSep(p, sep []byte, max int) [][]byte {
	var out [][]byte
	end := len(p)
	for max < 0 || len(out) < max {
		i := bytes.LastIndex(p[:end], sep)
		if i < 0 {
			break
		}
		out = append(out, p[i+len(sep):end])
		end = i
	}
	out = append(out, p[:end])
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func bytesList(recv value, parts [][]byte) value {
	out := make([]value, len(parts))
	for i, p := range parts {
		out[i] = sameKind(recv, append([]byte(nil), p...))
	}
	return objects.NewList(out).Value()
}

// mapBytes applies f to each byte of a copy of p.
func mapBytes(p []byte, f func(i int, c byte) byte) []byte {
	out := make([]byte, len(p))
	for i, c := range p {
		out[i] = f(i, c)
	}
	return out
}

func swapCaseByte(c byte) byte {
	switch {
	case isLowerByte(c):
		return c - 32
	case isUpperByte(c):
		return c + 32
	}
	return c
}

func upperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}

func lowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}

// titleBytes is bytes.title(): a letter after a non-letter is upper case,
// other letters lower case.
func titleBytes(p []byte) []byte {
	prevCased := false
	return mapBytes(p, func(_ int, c byte) byte {
		r := c
		if prevCased {
			r = lowerByte(c)
		} else {
			r = upperByte(c)
		}
		prevCased = isAlphaByte(c)
		return r
	})
}

func capitalizeBytes(p []byte) []byte {
	return mapBytes(p, func(i int, c byte) byte {
		if i == 0 {
			return upperByte(c)
		}
		return lowerByte(c)
	})
}

func allBytes(p []byte, f func(byte) bool) bool {
	if len(p) == 0 {
		return false
	}
	for _, c := range p {
		if !f(c) {
			return false
		}
	}
	return true
}

// caseCheck is isupper/islower: at least one cased byte and none of the
// other case.
func caseCheck(p []byte, want, other func(byte) bool) bool {
	found := false
	for _, c := range p {
		if other(c) {
			return false
		}
		found = found || want(c)
	}
	return found
}

func isTitleBytes(p []byte) bool {
	cased, prevCased := false, false
	for _, c := range p {
		switch {
		case isUpperByte(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerByte(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// splitLinesBytes is bytes.splitlines: \n, \r and \r\n end lines.
func splitLinesBytes(p []byte, keep bool) [][]byte {
	var out [][]byte
	i := 0
	for i < len(p) {
		j := i
		for j < len(p) && p[j] != '\n' && p[j] != '\r' {
			j++
		}
		eol := j
		if j < len(p) {
			if p[j] == '\r' && j+1 < len(p) && p[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		out = append(out, p[i:eol])
		i = j
	}
	return out
}

func expandTabsBytes(p []byte, size int) []byte {
	var out []byte
	col := 0
	for _, c := range p {
		switch c {
		case '\t':
			if size > 0 {
				n := size - col%size
				out = append(out, bytes.Repeat([]byte{' '}, n)...)
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return out
}

// hexBytes is bytes.hex(sep, bytes_per_sep): a positive group size counts
// groups from the right, a negative one from the left.
func hexBytes(p []byte, sep string, per int) string {
	const digits = "0123456789abcdef"
	if sep == "" || per == 0 || len(p) == 0 {
		out := make([]byte, 0, 2*len(p))
		for _, c := range p {
			out = append(out, digits[c>>4], digits[c&15])
		}
		return string(out)
	}
	n := per
	if n < 0 {
		n = -n
	}
	var b strings.Builder
	for i, c := range p {
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(p)-i)%n == 0
			} else {
				boundary = i%n == 0
			}
			if boundary {
				b.WriteString(sep)
			}
		}
		b.WriteByte(digits[c>>4])
		b.WriteByte(digits[c&15])
	}
	return b.String()
}

func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// fromHex is bytes.fromhex: pairs of hex digits, ASCII whitespace allowed
// between pairs.
func fromHex(s string) ([]byte, error) {
	var out []byte
	i := 0
	for {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i >= len(s) {
			return out, nil
		}
		hi := hexDigit(s[i])
		if hi < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) || hexDigit(s[i+1]) < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|hexDigit(s[i+1])))
		i += 2
	}
}

// padBytes is center/ljust/rjust with CPython's split of odd padding.
func padBytes(name string, p []byte, width int, fill byte) []byte {
	if width <= len(p) {
		return append([]byte(nil), p...)
	}
	pad := width - len(p)
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = pad
	default:
		left = pad/2 + (pad & width & 1)
	}
	out := bytes.Repeat([]byte{fill}, width)
	copy(out[left:], p)
	return out
}

func zfillBytes(p []byte, width int) []byte {
	if width <= len(p) {
		return append([]byte(nil), p...)
	}
	out := bytes.Repeat([]byte{'0'}, width-len(p))
	out = append(out, p...)
	if len(p) > 0 && (p[0] == '+' || p[0] == '-') {
		out[0], out[width-len(p)] = p[0], '0'
	}
	return out
}

func replaceBytes(p, old, nw []byte, n int) []byte {
	if len(old) > 0 {
		return bytes.Replace(p, old, nw, n)
	}
	// An empty pattern matches between every two bytes (Go's
	// bytes.Replace would match between UTF-8 sequences instead).
	var out []byte
	count := 0
	for i := 0; i <= len(p); i++ {
		if n < 0 || count < n {
			out = append(out, nw...)
			count++
		}
		if i < len(p) {
			out = append(out, p[i])
		}
	}
	return out
}
