package builtins

import (
	"math/big"
	"math/bits"

	"github.com/weftrun/weft/interp/objects"
)

// installIntMethods adds the int methods and number-protocol attributes
// that library code uses on any integer: bit_length (enum's flag masks),
// bit_count, as_integer_ratio, conjugate, and the real/imag/numerator/
// denominator views that make int a numbers.Integral.
func installIntMethods() {
	I := objects.IntType
	self := func(args []value) value {
		// A bool or int subclass behaves as the plain int it holds.
		return objects.BigValue(objects.ToBig(args[0]))
	}
	noArgs := func(name string, fn func(v value) value) {
		I.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if len(args) != 1 || len(kw) != 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "int.%s() takes no arguments (%d given)", name, len(args)-1)
			}
			return fn(self(args)), nil
		})
	}
	noArgs("bit_length", func(v value) value {
		if n, ok := objects.AsInt64(v); ok {
			if n < 0 {
				n = -n
			}
			return objects.Int(int64(bits.Len64(uint64(n))))
		}
		return objects.Int(int64(new(big.Int).Abs(objects.ToBig(v)).BitLen()))
	})
	noArgs("bit_count", func(v value) value {
		b := new(big.Int).Abs(objects.ToBig(v))
		n := 0
		for _, w := range b.Bits() {
			n += bits.OnesCount(uint(w))
		}
		return objects.Int(int64(n))
	})
	noArgs("as_integer_ratio", func(v value) value { return objects.NewTuple([]value{v, objects.Int(1)}).Value() })
	noArgs("conjugate", func(v value) value { return v })
	prop := func(name string, fn func(v value) value) {
		I.SetAttrValue(name, newProperty(objects.NewBuiltin(name, func(c ctx, args []value, kw []string) (value, error) {
			return fn(self(args)), nil
		}, nil).Value(), objects.None, objects.None, objects.None))
	}
	prop("real", func(v value) value { return v })
	prop("numerator", func(v value) value { return v })
	prop("imag", func(value) value { return objects.Int(0) })
	prop("denominator", func(value) value { return objects.Int(1) })
}
