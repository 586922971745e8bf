package structmod

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// ValueError is a value that does not fit its code (struct.error), or,
// when Overflow is set, a float too large for 'e' (OverflowError).
type ValueError struct {
	Msg      string
	Overflow bool
}

func (e *ValueError) Error() string { return e.Msg }

func errf(format string, a ...any) error { return &ValueError{Msg: fmt.Sprintf(format, a...)} }

func (f *Format) order() binary.ByteOrder {
	if f.littleEnd {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// Pack writes args into buf (len(buf) >= f.Size()); buf must be zeroed
// where the format has padding.
func (f *Format) Pack(c objects.Ctx, buf []byte, args []value) error {
	if len(args) != f.nargs {
		return errf("pack expected %d items for packing (got %d)", f.nargs, len(args))
	}
	order := f.order()
	a := 0
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's', 'p':
			data, ok := bytesOf(args[a])
			if !ok {
				return errf("argument for '%c' must be a bytes object", it.code)
			}
			a++
			field := buf[it.offset : it.offset+it.count]
			if it.code == 's' {
				n := copy(field, data)
				clear(field[n:])
				continue
			}
			if it.count == 0 {
				continue
			}
			n := min(len(data), it.count-1)
			copy(field[1:], data[:n])
			clear(field[1+n:])
			field[0] = byte(min(n, 255))
			continue
		}
		for r := 0; r < it.count; r++ {
			dst := buf[it.offset+r*it.size : it.offset+(r+1)*it.size]
			if err := f.packOne(c, it.code, dst, args[a], order); err != nil {
				return err
			}
			a++
		}
	}
	return nil
}

func bytesOf(v value) ([]byte, bool) {
	if b := objects.AsBytes(v); b != nil {
		return b.B, true
	}
	if b := objects.AsByteArray(v); b != nil {
		return b.Snapshot(), true
	}
	return nil, false
}

// intArg reads an integer argument: an int (or bool), or an object with
// __index__.
func intArg(c objects.Ctx, v value) (*big.Int, error) {
	if objects.IsInt(v) {
		return objects.ToBig(v), nil
	}
	if f := v.Type().Index; f != nil {
		r, err := f(c, v)
		if err != nil {
			return nil, err
		}
		if objects.IsInt(r) {
			return objects.ToBig(r), nil
		}
	}
	return nil, errf("required argument is not an integer")
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

func (f *Format) packOne(c objects.Ctx, code byte, dst []byte, v value, order binary.ByteOrder) error {
	switch code {
	case 'c':
		data, ok := objects.AsBytes(v), true
		if data == nil || len(data.B) != 1 {
			if ba := objects.AsByteArray(v); ba != nil && ba.Len() == 1 {
				dst[0], _ = ba.At(0)
				return nil
			}
			ok = false
		}
		if !ok {
			return errf("char format requires a bytes object of length 1")
		}
		dst[0] = data.B[0]
		return nil
	case '?':
		t, err := objects.Truth(c, v)
		if err != nil {
			return err
		}
		if t {
			dst[0] = 1
		} else {
			dst[0] = 0
		}
		return nil
	case 'e', 'f', 'd':
		x, ok, err := objects.ToFloat(v)
		if err != nil {
			return err
		}
		if !ok {
			if r, ferr := floatDunder(c, v); ferr == nil {
				x, ok = r, true
			}
		}
		if !ok {
			return errf("required argument is not a float")
		}
		switch code {
		case 'd':
			order.PutUint64(dst, math.Float64bits(x))
		case 'f':
			order.PutUint32(dst, math.Float32bits(float32(x)))
		case 'e':
			h, err := packHalf(x)
			if err != nil {
				return err
			}
			order.PutUint16(dst, h)
		}
		return nil
	}
	n, err := intArg(c, v)
	if err != nil {
		return err
	}
	size := len(dst)
	signed := code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'
	// CPython's messages depend on which packer runs: the native ones
	// (native mode, and little-endian standard mode on a little-endian
	// machine where the sizes agree) name b/B/h/H "byte", "ubyte",
	// "short", "ushort"; the big-endian ones report 8-byte overflow as
	// "int too large to convert" and only b/B get the special names.
	bigEndian := !f.littleEnd
	overflow := func() error {
		if bigEndian && size == 8 {
			return errf("int too large to convert")
		}
		return errf("argument out of range")
	}
	var u uint64
	switch {
	case code == 'P':
		// A pointer takes any int that fits 64 bits, negative ones as
		// their two's complement (PyLong_AsVoidPtr).
		if n.Cmp(minInt64) < 0 || n.Cmp(maxUint64) > 0 {
			return errf("argument out of range")
		}
		u = new(big.Int).And(n, maxUint64).Uint64()
	case signed:
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return overflow()
		}
		x := n.Int64()
		if size < 8 {
			lo, hi := int64(-1)<<(8*size-1), int64(1)<<(8*size-1)-1
			if x < lo || x > hi {
				if code == 'h' && bigEndian {
					return errf("'h' format requires %d <= number <= %d", lo, hi)
				}
				return rangeError(code, lo, hi)
			}
		}
		u = uint64(x)
	default:
		hi := int64(-1)
		if size < 8 {
			hi = int64(1)<<(8*size) - 1
		}
		special := code == 'B' || (code == 'H' && !bigEndian)
		if n.Sign() < 0 {
			if special && n.Cmp(minInt64) >= 0 {
				return rangeError(code, 0, hi)
			}
			return overflow()
		}
		if n.Cmp(maxUint64) > 0 {
			return overflow()
		}
		u = n.Uint64()
		if size < 8 && u > uint64(hi) {
			if code == 'H' && bigEndian {
				return errf("'H' format requires 0 <= number <= %d", hi)
			}
			return rangeError(code, 0, hi)
		}
	}
	switch size {
	case 1:
		dst[0] = byte(u)
	case 2:
		order.PutUint16(dst, uint16(u))
	case 4:
		order.PutUint32(dst, uint32(u))
	case 8:
		order.PutUint64(dst, u)
	}
	return nil
}

// floatDunder converts an object with __float__ (as PyFloat_AsDouble).
func floatDunder(c objects.Ctx, v value) (float64, error) {
	m, ok := v.Type().LookupString("__float__")
	if !ok {
		return 0, errf("required argument is not a float")
	}
	r, err := objects.Call(c, m, []value{v}, nil)
	if err != nil {
		return 0, err
	}
	x, ok, err := objects.ToFloat(r)
	if err != nil || !ok {
		return 0, errf("required argument is not a float")
	}
	return x, nil
}

func rangeError(code byte, lo, hi int64) error {
	switch code {
	case 'b':
		return errf("byte format requires %d <= number <= %d", lo, hi)
	case 'B':
		return errf("ubyte format requires 0 <= number <= %d", hi)
	case 'h':
		return errf("short format requires %d <= number <= %d", lo, hi)
	case 'H':
		return errf("ushort format requires 0 <= number <= %d", hi)
	}
	return errf("'%c' format requires %d <= number <= %d", code, lo, hi)
}

// packHalf rounds x to IEEE 754 binary16, ties to even; a finite x too
// large for it is an OverflowError.
func packHalf(x float64) (uint16, error) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, nil
	case math.IsInf(x, 0):
		return sign | 0x7c00, nil
	case x == 0:
		return sign, nil
	}
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	frac, exp = frac*2, exp-1  // frac in [1, 2)
	if exp >= 16 {
		return 0, &ValueError{Msg: "float too large to pack with e format", Overflow: true}
	}
	switch {
	case exp < -25:
		frac, exp = 0, 0 // rounds to zero
	case exp < -14:
		frac, exp = math.Ldexp(frac, 14+exp), 0 // subnormal
	default:
		exp += 15
		frac -= 1
	}
	frac *= 1024
	bits := uint16(frac)
	rem := frac - float64(bits)
	if rem > 0.5 || (rem == 0.5 && bits&1 == 1) {
		bits++
		if bits == 1024 {
			bits = 0
			exp++
			if exp == 31 {
				return 0, &ValueError{Msg: "float too large to pack with e format", Overflow: true}
			}
		}
	}
	return sign | uint16(exp)<<10 | bits, nil
}

func unpackHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	case 0:
		return sign * math.Ldexp(frac/1024, -14)
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

// Unpack reads f.Size() bytes of buf into values.
func (f *Format) Unpack(buf []byte) []value {
	order := f.order()
	out := make([]value, 0, f.nargs)
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's':
			out = append(out, objects.BytesValue(append([]byte(nil), buf[it.offset:it.offset+it.count]...)))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, objects.BytesValue(nil))
				continue
			}
			n := min(int(buf[it.offset]), it.count-1)
			out = append(out, objects.BytesValue(append([]byte(nil), buf[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for r := 0; r < it.count; r++ {
			src := buf[it.offset+r*it.size : it.offset+(r+1)*it.size]
			out = append(out, unpackOne(it.code, src, order))
		}
	}
	return out
}

func unpackOne(code byte, src []byte, order binary.ByteOrder) value {
	switch code {
	case 'c':
		return objects.BytesValue([]byte{src[0]})
	case '?':
		return objects.Bool(src[0] != 0)
	case 'e':
		return objects.Float(unpackHalf(order.Uint16(src)))
	case 'f':
		return objects.Float(float64(math.Float32frombits(order.Uint32(src))))
	case 'd':
		return objects.Float(math.Float64frombits(order.Uint64(src)))
	}
	var u uint64
	switch len(src) {
	case 1:
		u = uint64(src[0])
	case 2:
		u = uint64(order.Uint16(src))
	case 4:
		u = uint64(order.Uint32(src))
	case 8:
		u = order.Uint64(src)
	}
	switch code {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := 64 - 8*len(src)
		return objects.Int(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return objects.BigValue(new(big.Int).SetUint64(u))
	}
	return objects.Int(int64(u))
}
