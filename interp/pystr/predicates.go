package pystr

import "sort"

// Per-character predicates with CPython's definitions.  They differ from Go's
// unicode package on purpose: Python's isspace includes the information
// separators U+001C..U+001F, isprintable excludes every separator but the
// ASCII space, and all of them follow CPython 3.11's Unicode version.

// IsSpaceRune reports whether r is whitespace for str.isspace and str.split.
func IsSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return inTable(spaceTable, r)
}

// IsPrintableRune reports whether repr() leaves r unescaped.
func IsPrintableRune(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return inTable(printableTable, r)
}

// IsAlphaRune reports whether r is a letter (categories Lu Ll Lt Lm Lo).
func IsAlphaRune(r rune) bool {
	if r < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return inTable(alphaTable, r)
}

// IsDecimalRune reports whether r is a decimal digit (category Nd).
func IsDecimalRune(r rune) bool { return DecimalValue(r) >= 0 }

// IsDigitRune reports whether r has a digit value (Nd plus superscripts etc.).
func IsDigitRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inTable(digitTable, r)
}

// IsNumericRune reports whether r has a numeric value (digits, fractions, ...).
func IsNumericRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inTable(numericTable, r)
}

// IsAlnumRune reports whether r is alphanumeric in Python's sense.
func IsAlnumRune(r rune) bool {
	return IsAlphaRune(r) || IsDecimalRune(r) || IsDigitRune(r) || IsNumericRune(r)
}

// IsUpperRune reports whether r has the Uppercase property.
func IsUpperRune(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return inTable(upperTable, r)
}

// IsLowerRune reports whether r has the Lowercase property.
func IsLowerRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return inTable(lowerTable, r)
}

// IsTitleRune reports whether r is a titlecase letter (category Lt).
func IsTitleRune(r rune) bool { return r >= 0x80 && inTable(titleTable, r) }

// isCased implements the Unicode Cased property used by title() and the
// final-sigma rule.
func isCased(r rune) bool { return IsUpperRune(r) || IsLowerRune(r) || IsTitleRune(r) }

// isCaseIgnorable implements the Unicode Case_Ignorable property.
func isCaseIgnorable(r rune) bool { return inTable(caseIgnorableTable, r) }

// IsLineBreakRune reports whether r ends a line for str.splitlines.
func IsLineBreakRune(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// DecimalValue returns the value 0..9 of a decimal digit in any script, or -1.
// int(), float() and format-spec widths accept these digits, so the number
// parsers need it too.
func DecimalValue(r rune) int {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	i := sort.Search(len(decimalZeros), func(i int) bool { return decimalZeros[i] > r }) - 1
	if i >= 0 && r-decimalZeros[i] < 10 {
		return int(r - decimalZeros[i])
	}
	return -1
}

// all reports whether s is non-empty and every rune satisfies pred, the shape
// shared by most str.isXXX methods.
func all(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for j := 0; j < len(s); {
		r, size := DecodeRune(s[j:])
		j += size
		if !pred(r) {
			return false
		}
	}
	return true
}

// IsSpace is str.isspace.
func IsSpace(s string) bool { return all(s, IsSpaceRune) }

// IsAlpha is str.isalpha.
func IsAlpha(s string) bool { return all(s, IsAlphaRune) }

// IsAlnum is str.isalnum.
func IsAlnum(s string) bool { return all(s, IsAlnumRune) }

// IsDecimal is str.isdecimal.
func IsDecimal(s string) bool { return all(s, IsDecimalRune) }

// IsDigit is str.isdigit.
func IsDigit(s string) bool { return all(s, IsDigitRune) }

// IsNumeric is str.isnumeric.
func IsNumeric(s string) bool { return all(s, IsNumericRune) }

// IsASCII is str.isascii; unlike the others it is true for "".
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// IsPrintable is str.isprintable; it is true for "".
func IsPrintable(s string) bool {
	for j := 0; j < len(s); {
		r, size := DecodeRune(s[j:])
		j += size
		if !IsPrintableRune(r) {
			return false
		}
	}
	return true
}

// IsIdentifier is str.isidentifier: XID_Start or '_' then XID_Continue.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, n := DecodeRune(s)
	if r != '_' && !inTable(xidStartTable, r) {
		return false
	}
	for j := n; j < len(s); {
		r, size := DecodeRune(s[j:])
		j += size
		if !inTable(xidContinueTable, r) {
			return false
		}
	}
	return true
}

// IsUpper is str.isupper: no lowercase or titlecase rune and at least one uppercase.
func IsUpper(s string) bool {
	cased := false
	for j := 0; j < len(s); {
		r, size := DecodeRune(s[j:])
		j += size
		if IsLowerRune(r) || IsTitleRune(r) {
			return false
		}
		if IsUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// IsLower is str.islower: no uppercase or titlecase rune and at least one lowercase.
func IsLower(s string) bool {
	cased := false
	for j := 0; j < len(s); {
		r, size := DecodeRune(s[j:])
		j += size
		if IsUpperRune(r) || IsTitleRune(r) {
			return false
		}
		if IsLowerRune(r) {
			cased = true
		}
	}
	return cased
}

// IsTitle is str.istitle: uppercase/titlecase runes only after uncased ones,
// lowercase runes only after cased ones, and at least one cased rune.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for j := 0; j < len(s); {
		r, size := DecodeRune(s[j:])
		j += size
		switch {
		case IsUpperRune(r) || IsTitleRune(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case IsLowerRune(r):
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
