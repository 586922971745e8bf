package builtins

import "github.com/weftrun/weft/interp/objects"

// splitASCIIFields is str.split() with no arguments for an ASCII str, the
// common way to break text into words. pystr.Split handles every case
// (Unicode whitespace, maxsplit) but builds a []string that grows by
// appending and is then copied into the list; here one pass counts the
// fields, so the list's items are allocated once at their final size and
// filled directly. For ASCII, Python's whitespace is exactly the ten
// bytes of strSpaceASCII.
func splitASCIIFields(s string) objects.Value {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && strSpaceASCII[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		n++
		for i < len(s) && !strSpaceASCII[s[i]] {
			i++
		}
	}
	out := make([]objects.Value, 0, n)
	for i := 0; i < len(s); {
		for i < len(s) && strSpaceASCII[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && !strSpaceASCII[s[j]] {
			j++
		}
		out = append(out, objects.StrValue(s[i:j]))
		i = j
	}
	return objects.NewList(out).Value()
}

// strSpaceASCII marks the ASCII bytes that str.isspace() accepts: space,
// \t, \n, \v, \f, \r, and the separators \x1c-\x1f.
var strSpaceASCII = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true}
