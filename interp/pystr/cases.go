package pystr

import "strings"

// Case conversion with CPython's full mappings.  Go's unicode.ToUpper maps one
// rune to one rune, so 'ß'.upper() would stay 'ß'; CPython maps it to "SS"
// (SpecialCasing.txt).  The generated upperMap/lowerMap/titleMap/foldMap hold
// every mapping CPython 3.11 applies, full ones included; lower() additionally
// applies the context-dependent Final_Sigma rule, which no table can hold.

// mapRune appends the mapping of r in m (r itself when absent) to b.
func mapRune(b *strings.Builder, m *caseMap, r rune) {
	if v, ok := m.lookup(r); ok {
		b.WriteString(v)
		return
	}
	writeRune(b, r)
}

// asciiOnly reports whether s has no byte >= 0x80, the fast path of every
// case function.
func asciiOnly(s string) bool { return IsASCII(s) }

// mapASCII applies f to each byte of the ASCII string s.
func mapASCII(s string, f func(byte) byte) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = f(c)
	}
	return string(b)
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// Upper is str.upper.
func Upper(s string) string {
	if asciiOnly(s) {
		return mapASCII(s, asciiUpper)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		mapRune(&b, &upperMap, r)
		i += n
	}
	return b.String()
}

// Lower is str.lower, including the Final_Sigma rule for U+03A3.
func Lower(s string) string {
	if asciiOnly(s) {
		return mapASCII(s, asciiLower)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		lowerAt(&b, s, i, r)
		i += n
	}
	return b.String()
}

// lowerAt appends the lowercase of the rune r found at byte offset i of s.
func lowerAt(b *strings.Builder, s string, i int, r rune) {
	if r == 0x3a3 {
		b.WriteRune(sigmaAt(s, i))
		return
	}
	mapRune(b, &lowerMap, r)
}

// sigmaAt decides between final sigma (U+03C2) and sigma (U+03C3) for the
// capital sigma at byte offset i: it is final when preceded by a cased rune
// (skipping case-ignorable ones) and not followed by one.
func sigmaAt(s string, i int) rune {
	j := i
	var c rune
	found := false
	for j > 0 {
		var n int
		c, n = DecodeLastRune(s[:j])
		j -= n
		if !isCaseIgnorable(c) {
			found = true
			break
		}
	}
	final := found && isCased(c)
	if final {
		for j := i + 2; j < len(s); {
			c, n := DecodeRune(s[j:])
			if !isCaseIgnorable(c) {
				final = !isCased(c)
				break
			}
			j += n
		}
	}
	if final {
		return 0x3c2
	}
	return 0x3c3
}

// Casefold is str.casefold.
func Casefold(s string) string {
	if asciiOnly(s) {
		return mapASCII(s, asciiLower)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		mapRune(&b, &foldMap, r)
		i += n
	}
	return b.String()
}

// Title is str.title: titlecase after an uncased rune, lowercase after a cased one.
func Title(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if prevCased {
			lowerAt(&b, s, i, r)
		} else {
			mapRune(&b, &titleMap, r)
		}
		prevCased = isCased(r)
		i += n
	}
	return b.String()
}

// Capitalize is str.capitalize (3.8+): the first rune titlecased, the rest lowercased.
func Capitalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if i == 0 {
			mapRune(&b, &titleMap, r)
		} else {
			lowerAt(&b, s, i, r)
		}
		i += n
	}
	return b.String()
}

// SwapCase is str.swapcase.
func SwapCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		switch {
		case IsUpperRune(r):
			lowerAt(&b, s, i, r)
		case IsLowerRune(r):
			mapRune(&b, &upperMap, r)
		default:
			writeRune(&b, r)
		}
		i += n
	}
	return b.String()
}
