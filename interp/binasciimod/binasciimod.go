// Package binasciimod is _binascii, the Base64 loops of weft's binascii
// (interp/lib/binascii.py) in Go: per-byte work that costs about 100×
// more as bytecode. Errors are returned as their message (a str) for the
// Python side to raise as binascii.Error, the class that module owns.
package binasciimod

import (
	"encoding/base64"
	"strconv"

	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// decodeTable maps a byte to its Base64 value, or -1 outside the alphabet.
var decodeTable = func() (t [256]int8) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = int8(i)
	}
	return t
}()

// decodeBase64 is binascii.a2b_base64. Outside strict mode, bytes not in
// the alphabet are skipped and the first padding that completes a quantum
// ends the data; strict mode rejects both, and padding anywhere but the
// end. The messages are CPython's.
func decodeBase64(data []byte, strict bool) ([]byte, string) {
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, "Leading padding not allowed"
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quadPos, pads, valid := 0, 0, 0
	var left byte
	paddingStarted := false
	for i, c := range data {
		if c == '=' {
			paddingStarted = true
			pads++
			if quadPos >= 2 && quadPos+pads >= 4 {
				if strict && i+1 < len(data) {
					return nil, "Excess data after padding"
				}
				quadPos = 0
				break
			}
			continue
		}
		v := decodeTable[c]
		if v < 0 {
			if strict {
				return nil, "Only base64 data is allowed"
			}
			continue
		}
		if strict && paddingStarted {
			return nil, "Discontinuous padding not allowed"
		}
		pads = 0
		valid++
		b := byte(v)
		switch quadPos {
		case 0:
			left = b
		case 1:
			out = append(out, left<<2|b>>4)
			left = b & 0x0f
		case 2:
			out = append(out, left<<4|b>>2)
			left = b & 0x03
		case 3:
			out = append(out, left<<6|b)
		}
		quadPos = (quadPos + 1) % 4
	}
	switch quadPos {
	case 0:
		return out, ""
	case 1:
		return nil, "Invalid base64-encoded string: number of data characters (" + strconv.Itoa(valid) + ") cannot be 1 more than a multiple of 4"
	}
	return nil, "Incorrect padding"
}

// NewModule builds _binascii (the flags must be True or False):
//
//	b2a_base64(data, newline) -> bytes
//	a2b_base64(data, strict) -> bytes | str (the binascii.Error message)
func NewModule() *objects.Module {
	m := objects.NewModule("_binascii")
	def := func(name string, f func(data []byte, flag bool) value) {
		b := objects.NewBuiltin(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) != 2 || len(kw) != 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "_binascii.%s() takes 2 positional arguments", name)
			}
			data, ok := objects.BytesLike(args[0])
			if !ok {
				return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			return f(data, args[1].IsTrue()), nil
		}, nil)
		b.Module = "_binascii"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("b2a_base64", func(data []byte, newline bool) value {
		n := base64.StdEncoding.EncodedLen(len(data))
		out := make([]byte, n, n+1)
		base64.StdEncoding.Encode(out, data)
		if newline {
			out = append(out, '\n')
		}
		return objects.BytesValue(out)
	})
	def("a2b_base64", func(data []byte, strict bool) value {
		out, msg := decodeBase64(data, strict)
		if msg != "" {
			return objects.StrValue(msg)
		}
		return objects.BytesValue(out)
	})
	return m
}
