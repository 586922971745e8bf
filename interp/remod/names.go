package remod

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// The \N{NAME} escape needs a name → character table, which the Unicode
// name data (golang.org/x/text/unicode/runenames) only offers the other
// way round. The table is built on the first \N{...} in any pattern
// (about 1.1 million lookups, a few tens of milliseconds) and kept.
var (
	namesOnce sync.Once
	names     map[string]rune
)

// runeNamed looks a character up by its Unicode name, ignoring case as
// unicodedata.lookup does.
func runeNamed(name string) (rune, bool) {
	namesOnce.Do(func() {
		names = make(map[string]rune, 1<<16)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			n := runenames.Name(r)
			if n == "" || strings.HasPrefix(n, "<") {
				continue
			}
			names[n] = r
		}
	})
	r, ok := names[strings.ToUpper(name)]
	return r, ok
}
