package pystr

import (
	"strings"
)

// String methods whose arguments are counted in code points.  Python
// indices are code-point indices, Go's are byte offsets: every function here
// converts at the boundary, and takes a fast path when s is ASCII, where the
// two coincide.

// byteOffset returns the byte offset of code point index i in s (i may be
// len(s) in code points, giving len(s) in bytes).
func byteOffset(s string, i int) int {
	if IsASCII(s) {
		return i
	}
	off := 0
	for ; i > 0 && off < len(s); i-- {
		_, n := DecodeRune(s[off:])
		off += n
	}
	return off
}

// AdjustIndices applies slice semantics to start and end for a sequence of
// length n: negatives count from the end, then both are clamped to [0, n].
// Callers pass 0 and math.MaxInt for omitted arguments.
func AdjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end
}

// window returns s[start:end] in code points after AdjustIndices, the byte
// offset of its start, its code-point start, and ok=false when start > end
// (Python then finds nothing, not even "").
func window(s string, start, end int) (sub string, byteStart, cpStart int, ok bool) {
	n := RuneLen(s)
	start, end = AdjustIndices(start, end, n)
	if start > n || start > end {
		return "", 0, 0, false
	}
	bs, be := byteOffset(s, start), byteOffset(s, end)
	return s[bs:be], bs, start, true
}

// Find is str.find(sub, start, end): the code-point index of the first
// occurrence, or -1.
func Find(s, sub string, start, end int) int {
	w, bs, cs, ok := window(s, start, end)
	if !ok {
		return -1
	}
	i := strings.Index(w, sub)
	if i < 0 {
		return -1
	}
	return cs + RuneLen(s[bs:bs+i])
}

// RFind is str.rfind(sub, start, end).
func RFind(s, sub string, start, end int) int {
	w, bs, cs, ok := window(s, start, end)
	if !ok {
		return -1
	}
	i := strings.LastIndex(w, sub)
	if i < 0 {
		return -1
	}
	return cs + RuneLen(s[bs:bs+i])
}

// Count is str.count(sub, start, end): non-overlapping occurrences; the
// empty string occurs once per code point plus one.
func Count(s, sub string, start, end int) int {
	w, _, _, ok := window(s, start, end)
	if !ok {
		return 0
	}
	if sub == "" {
		return RuneLen(w) + 1
	}
	return strings.Count(w, sub)
}

// StartsWith is str.startswith(prefix, start, end) for one prefix.
func StartsWith(s, prefix string, start, end int) bool {
	w, _, _, ok := window(s, start, end)
	return ok && strings.HasPrefix(w, prefix)
}

// EndsWith is str.endswith(suffix, start, end) for one suffix.
func EndsWith(s, suffix string, start, end int) bool {
	w, _, _, ok := window(s, start, end)
	return ok && strings.HasSuffix(w, suffix)
}

// Replace is str.replace(old, new, count); count < 0 replaces all.  An
// empty old inserts new before every code point and at the end.
func Replace(s, old, new string, count int) string {
	if count < 0 {
		count = -1
	}
	return strings.Replace(s, old, new, count)
}

// Split is str.split(sep, maxsplit); with hasSep false it splits on runs of
// whitespace and drops empty strings.  maxsplit < 0 means no limit.
func Split(s, sep string, hasSep bool, maxsplit int) ([]string, error) {
	if !hasSep {
		return splitWhitespace(s, maxsplit), nil
	}
	if sep == "" {
		return nil, valueError("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	return strings.SplitN(s, sep, maxsplit+1), nil
}

func splitWhitespace(s string, maxsplit int) []string {
	out := []string{}
	i := 0
	for {
		for i < len(s) {
			r, n := DecodeRune(s[i:])
			if !IsSpaceRune(r) {
				break
			}
			i += n
		}
		if i == len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			// The rest, trailing whitespace included, is one item.
			return append(out, s[i:])
		}
		j := i
		for j < len(s) {
			r, n := DecodeRune(s[j:])
			if IsSpaceRune(r) {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		i = j
	}
}

// RSplit is str.rsplit(sep, maxsplit): like Split but from the right.
func RSplit(s, sep string, hasSep bool, maxsplit int) ([]string, error) {
	if !hasSep {
		return rsplitWhitespace(s, maxsplit), nil
	}
	if sep == "" {
		return nil, valueError("empty separator")
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	var out []string
	end := len(s)
	for len(out) < maxsplit {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):end])
		end = i
	}
	out = append(out, s[:end])
	reverse(out)
	return out, nil
}

func rsplitWhitespace(s string, maxsplit int) []string {
	out := []string{}
	j := len(s)
	for {
		for j > 0 {
			r, n := DecodeLastRune(s[:j])
			if !IsSpaceRune(r) {
				break
			}
			j -= n
		}
		if j == 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, n := DecodeLastRune(s[:i])
			if IsSpaceRune(r) {
				break
			}
			i -= n
		}
		out = append(out, s[i:j])
		j = i
	}
	reverse(out)
	return out
}

func reverse(p []string) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// SplitLines is str.splitlines(keepends): lines end at \n, \r, \r\n, \v,
// \f, \x1c, \x1d, \x1e, \x85, U+2028 and U+2029.
func SplitLines(s string, keepends bool) []string {
	out := []string{}
	i := 0
	for i < len(s) {
		j := i
		eol := -1
		for j < len(s) {
			r, n := DecodeRune(s[j:])
			if IsLineBreakRune(r) {
				eol = j + n
				if r == '\r' && eol < len(s) && s[eol] == '\n' {
					eol++
				}
				break
			}
			j += n
		}
		if eol < 0 {
			out = append(out, s[i:])
			break
		}
		if keepends {
			out = append(out, s[i:eol])
		} else {
			out = append(out, s[i:j])
		}
		i = eol
	}
	return out
}

// stripSet returns the predicate for strip's chars argument: whitespace
// when hasChars is false.
func stripSet(chars string, hasChars bool) func(rune) bool {
	if !hasChars {
		return IsSpaceRune
	}
	set := Runes(chars)
	return func(r rune) bool {
		for _, c := range set {
			if c == r {
				return true
			}
		}
		return false
	}
}

func trimLeft(s string, f func(rune) bool) string {
	for s != "" {
		r, n := DecodeRune(s)
		if !f(r) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRight(s string, f func(rune) bool) string {
	for s != "" {
		r, n := DecodeLastRune(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Strip is str.strip(chars); hasChars false strips whitespace.
func Strip(s, chars string, hasChars bool) string {
	f := stripSet(chars, hasChars)
	return trimRight(trimLeft(s, f), f)
}

// LStrip is str.lstrip(chars).
func LStrip(s, chars string, hasChars bool) string { return trimLeft(s, stripSet(chars, hasChars)) }

// RStrip is str.rstrip(chars).
func RStrip(s, chars string, hasChars bool) string { return trimRight(s, stripSet(chars, hasChars)) }

// ExpandTabs is str.expandtabs(tabsize): each tab becomes spaces up to the
// next multiple of tabsize (nothing when tabsize <= 0); \n and \r reset the
// column.
func ExpandTabs(s string, tabsize int) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		r, size := DecodeRune(s[i:])
		i += size
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteByte(byte(r))
			col = 0
		default:
			writeRune(&b, r)
			col++
		}
	}
	return b.String()
}

func padRunes(s string, left, right int, fill rune) string {
	if left <= 0 && right <= 0 {
		return s
	}
	f := FromRune(fill)
	return strings.Repeat(f, max(left, 0)) + s + strings.Repeat(f, max(right, 0))
}

// Center is str.center(width, fill); the odd extra space goes left when
// both the margin and the width are odd, as in CPython.
func Center(s string, width int, fill rune) string {
	n := RuneLen(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return padRunes(s, left, marg-left, fill)
}

// LJust is str.ljust(width, fill).
func LJust(s string, width int, fill rune) string {
	return padRunes(s, 0, width-RuneLen(s), fill)
}

// RJust is str.rjust(width, fill).
func RJust(s string, width int, fill rune) string {
	return padRunes(s, width-RuneLen(s), 0, fill)
}

// ZFill is str.zfill(width): zeros after a leading sign.
func ZFill(s string, width int) string {
	n := RuneLen(s)
	if width <= n {
		return s
	}
	zeros := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + zeros + s[1:]
	}
	return zeros + s
}

// Partition is str.partition(sep).
func Partition(s, sep string) ([3]string, error) {
	if sep == "" {
		return [3]string{}, valueError("empty separator")
	}
	if i := strings.Index(s, sep); i >= 0 {
		return [3]string{s[:i], sep, s[i+len(sep):]}, nil
	}
	return [3]string{s, "", ""}, nil
}

// RPartition is str.rpartition(sep).
func RPartition(s, sep string) ([3]string, error) {
	if sep == "" {
		return [3]string{}, valueError("empty separator")
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return [3]string{s[:i], sep, s[i+len(sep):]}, nil
	}
	return [3]string{"", "", s}, nil
}

// Translate is str.translate with the table lookup supplied by the
// interpreter: lookup returns mapped=false to keep r, or the replacement
// (possibly empty, deleting r); its error (other than LookupError, which the
// interpreter maps to mapped=false) aborts the translation.
func Translate(s string, lookup func(r rune) (repl string, mapped bool, err error)) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := DecodeRune(s[i:])
		i += size
		repl, mapped, err := lookup(r)
		if err != nil {
			return "", err
		}
		if mapped {
			b.WriteString(repl)
		} else {
			writeRune(&b, r)
		}
	}
	return b.String(), nil
}
