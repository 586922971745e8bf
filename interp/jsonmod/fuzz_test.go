package jsonmod

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that any document decodes or gives a SyntaxError (or
// the nesting RecursionError) with an offset inside the document, never a
// panic.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{`{"a": [1, 2.5e3, "x\u00e9\ud83d\ude00"]}`, `[1,]`, `"\`, `-`, `[[[[`, `{"a" 1}`, `1e`, `NaN`, `-Infinity`, `"\u12"`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if !utf8.ValidString(doc) {
			return
		}
		d := &Decoder{Strict: true, MaxDepth: 1000}
		_, end, err := d.Decode(nil, doc, 0)
		if se, ok := err.(*SyntaxError); ok {
			if se.Off < 0 || se.Off > len(doc) {
				t.Fatalf("error offset %d outside a %d-byte document", se.Off, len(doc))
			}
			return
		}
		if err == nil && (end < 0 || end > len(doc)) {
			t.Fatalf("end %d outside a %d-byte document", end, len(doc))
		}
	})
}
