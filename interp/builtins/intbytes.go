package builtins

import (
	"math/big"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

// int.to_bytes and int.from_bytes: the conversions between ints and
// two's-complement byte strings.

// byteOrder reads the byteorder argument ('big' by default since 3.11).
func byteOrder(v value) (little bool, err error) {
	if v.IsNil() {
		return false, nil
	}
	s := objects.AsStr(v)
	if s == nil {
		return false, objects.Errorf(objects.TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", v.Type().Name)
	}
	switch s.S {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, objects.Errorf(objects.ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

func installIntBytes() {
	objects.IntType.SetMethod("to_bytes", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("to_bytes", args[1:], kw, 0, "length", "byteorder", "*", "signed")
		if err != nil {
			return value{}, err
		}
		length := int64(1)
		if !a[0].IsNil() {
			if length, err = objects.IndexOf(c, a[0]); err != nil {
				return value{}, err
			}
			if length < 0 {
				return value{}, objects.Errorf(objects.ValueErrorType, "length argument must be non-negative")
			}
		}
		little, err := byteOrder(a[1])
		if err != nil {
			return value{}, err
		}
		signed := false
		if !a[3].IsNil() {
			signed, _ = objects.Truth(c, a[3])
		}
		n := objects.ToBig(args[0])
		if n.Sign() < 0 && !signed {
			return value{}, objects.Errorf(objects.OverflowErrorType, "can't convert negative int to unsigned")
		}
		// Two's complement: a negative n is stored as 2**(8*length) + n.
		v := new(big.Int).Set(n)
		if n.Sign() < 0 {
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
		}
		fits := v.Sign() >= 0 && int64(v.BitLen()) <= 8*length
		if signed && fits && length > 0 {
			// The sign bit must agree with n's sign.
			top := v.Bit(int(8*length-1)) == 1
			fits = top == (n.Sign() < 0)
		}
		if signed && length == 0 {
			fits = n.Sign() == 0
		}
		if !fits {
			return value{}, objects.Errorf(objects.OverflowErrorType, "int too big to convert")
		}
		out := v.FillBytes(make([]byte, length))
		if little {
			reverseBytes(out)
		}
		return objects.BytesValue(out), nil
	})
	setClassMethod(objects.IntType, "from_bytes", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("from_bytes", args[1:], kw, 1, "bytes", "byteorder", "*", "signed")
		if err != nil {
			return value{}, err
		}
		p, err := objects.BytesFromIterable(c, a[0])
		if err != nil {
			return value{}, err
		}
		little, err := byteOrder(a[1])
		if err != nil {
			return value{}, err
		}
		signed := false
		if !a[3].IsNil() {
			signed, _ = objects.Truth(c, a[3])
		}
		if little {
			reverseBytes(p)
		}
		n := new(big.Int).SetBytes(p)
		if signed && len(p) > 0 && p[0]&0x80 != 0 {
			n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(p))))
		}
		r := objects.BigValue(n)
		if t := objects.AsType(args[0]); t != nil && t != objects.IntType {
			return c.Call(t.Value(), []value{r}, nil)
		}
		return r, nil
	})
}

// intFromBytes is int(b[, base]) for a bytes-like b: its ASCII digits.
func intFromBytes(c ctx, p []byte, base value) (value, error) {
	b := int64(10)
	if !base.IsNil() {
		var err error
		if b, err = objects.IndexOf(c, base); err != nil {
			return value{}, err
		}
	}
	small, bigv, err := pyfmt.ParseIntBytes(p, int(b))
	if err != nil {
		return value{}, pyErr(err)
	}
	if bigv != nil {
		return objects.BigValue(bigv), nil
	}
	return objects.Int(small), nil
}
