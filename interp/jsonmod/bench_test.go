package jsonmod

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// The decoder builds Python objects; encoding/json decoding the same
// document into interface{} (Go maps, slices, float64) is the peer.

var benchDoc = func() string {
	var b strings.Builder
	b.WriteString(`{"users": [`)
	for i := 0; i < 200; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `{"id": %d, "name": "user%d", "score": %g, "tags": ["a", "b"], "ok": true, "none": null}`, i, i, float64(i)*1.5)
	}
	b.WriteString("]}")
	return b.String()
}()

func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		d := &Decoder{Strict: true, MaxDepth: 1000}
		if _, _, err := d.Decode(nil, benchDoc, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeEncodingJSON(b *testing.B) {
	b.SetBytes(int64(len(benchDoc)))
	data := []byte(benchDoc)
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	d := &Decoder{Strict: true}
	v, _, err := d.Decode(nil, benchDoc, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		e := &Encoder{ItemSep: ", ", KeySep: ": ", EnsureASCII: true, AllowNaN: true, CheckCircular: true, MaxDepth: 1000}
		if _, err := e.Encode(nil, v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeEncodingJSON(b *testing.B) {
	var v any
	if err := json.Unmarshal([]byte(benchDoc), &v); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchDoc)))
	for b.Loop() {
		if _, err := json.Marshal(v); err != nil {
			b.Fatal(err)
		}
	}
}
