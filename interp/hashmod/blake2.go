package hashmod

import (
	"encoding/binary"
	"math/bits"
)

// BLAKE2b and BLAKE2s as RFC 7693 defines them, with the parameter-block
// fields hashlib exposes (digest size, key, salt, personalisation). The
// standard library has no BLAKE2 and golang.org/x/crypto is not a weft
// dependency, so both are written here from the RFC.
//
// Invariant shared by both: buf holds the bytes not yet compressed, and it
// is never compressed while it could be the final block — a block is only
// compressed once more input arrives behind it, because the last block
// must be compressed with the finalisation flag set (RFC 7693 §3.3).

// sigma is the message schedule of RFC 7693 §2.7; BLAKE2b's rounds 10 and
// 11 reuse rows 0 and 1.
var sigma = [10][16]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

var iv64 = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var iv32 = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2b is one BLAKE2b computation; copying the struct copies the state.
type blake2b struct {
	h      [8]uint64
	t      [2]uint64 // bytes compressed so far, 128-bit counter
	buf    [128]byte
	n      int // bytes used in buf
	size   int
	init   [8]uint64 // h after parameter set-up, for Reset
	keyBlk [128]byte
	keyed  bool
}

func newBlake2b(size int, key, salt, person []byte) *blake2b {
	d := &blake2b{size: size}
	d.init = iv64
	d.init[0] ^= 0x01010000 ^ uint64(len(key))<<8 ^ uint64(size)
	var s, p [16]byte
	copy(s[:], salt)
	copy(p[:], person)
	d.init[4] ^= binary.LittleEndian.Uint64(s[0:])
	d.init[5] ^= binary.LittleEndian.Uint64(s[8:])
	d.init[6] ^= binary.LittleEndian.Uint64(p[0:])
	d.init[7] ^= binary.LittleEndian.Uint64(p[8:])
	if len(key) > 0 {
		copy(d.keyBlk[:], key)
		d.keyed = true
	}
	d.Reset()
	return d
}

func (d *blake2b) Reset() {
	d.h, d.t, d.n = d.init, [2]uint64{}, 0
	if d.keyed {
		d.buf = d.keyBlk
		d.n = len(d.buf)
	}
}

func (d *blake2b) Size() int      { return d.size }
func (d *blake2b) BlockSize() int { return 128 }

func (d *blake2b) clone() hasher { c := *d; return &c }

func (d *blake2b) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.compress(false)
			d.n = 0
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return total, nil
}

func (d *blake2b) compress(final bool) {
	d.t[0] += uint64(d.n)
	if d.t[0] < uint64(d.n) {
		d.t[1]++
	}
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(d.buf[i*8:])
	}
	var v [16]uint64
	copy(v[:8], d.h[:])
	copy(v[8:], iv64[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
	}
	g := func(a, b, c, e int, x, y uint64) {
		v[a] = v[a] + v[b] + x
		v[e] = bits.RotateLeft64(v[e]^v[a], -32)
		v[c] = v[c] + v[e]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] = v[a] + v[b] + y
		v[e] = bits.RotateLeft64(v[e]^v[a], -16)
		v[c] = v[c] + v[e]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

// Sum finalises a copy, so the object can keep absorbing input afterwards
// as hashlib's digest() allows.
func (d *blake2b) Sum(in []byte) []byte {
	c := *d
	clear(c.buf[c.n:])
	c.compress(true)
	var out [64]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[i*8:], w)
	}
	return append(in, out[:c.size]...)
}

// blake2s is one BLAKE2s computation: BLAKE2b's structure on 32-bit words,
// 64-byte blocks and 10 rounds.
type blake2s struct {
	h      [8]uint32
	t      [2]uint32
	buf    [64]byte
	n      int
	size   int
	init   [8]uint32
	keyBlk [64]byte
	keyed  bool
}

func newBlake2s(size int, key, salt, person []byte) *blake2s {
	d := &blake2s{size: size}
	d.init = iv32
	d.init[0] ^= 0x01010000 ^ uint32(len(key))<<8 ^ uint32(size)
	var s, p [8]byte
	copy(s[:], salt)
	copy(p[:], person)
	d.init[4] ^= binary.LittleEndian.Uint32(s[0:])
	d.init[5] ^= binary.LittleEndian.Uint32(s[4:])
	d.init[6] ^= binary.LittleEndian.Uint32(p[0:])
	d.init[7] ^= binary.LittleEndian.Uint32(p[4:])
	if len(key) > 0 {
		copy(d.keyBlk[:], key)
		d.keyed = true
	}
	d.Reset()
	return d
}

func (d *blake2s) Reset() {
	d.h, d.t, d.n = d.init, [2]uint32{}, 0
	if d.keyed {
		d.buf = d.keyBlk
		d.n = len(d.buf)
	}
}

func (d *blake2s) Size() int      { return d.size }
func (d *blake2s) BlockSize() int { return 64 }

func (d *blake2s) clone() hasher { c := *d; return &c }

func (d *blake2s) Write(p []byte) (int, error) {
	total := len(p)
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.compress(false)
			d.n = 0
		}
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
	}
	return total, nil
}

func (d *blake2s) compress(final bool) {
	d.t[0] += uint32(d.n)
	if d.t[0] < uint32(d.n) {
		d.t[1]++
	}
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(d.buf[i*4:])
	}
	var v [16]uint32
	copy(v[:8], d.h[:])
	copy(v[8:], iv32[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
	}
	g := func(a, b, c, e int, x, y uint32) {
		v[a] = v[a] + v[b] + x
		v[e] = bits.RotateLeft32(v[e]^v[a], -16)
		v[c] = v[c] + v[e]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] = v[a] + v[b] + y
		v[e] = bits.RotateLeft32(v[e]^v[a], -8)
		v[c] = v[c] + v[e]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2s) Sum(in []byte) []byte {
	c := *d
	clear(c.buf[c.n:])
	c.compress(true)
	var out [32]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[i*4:], w)
	}
	return append(in, out[:c.size]...)
}
