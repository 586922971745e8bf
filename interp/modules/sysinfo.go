package modules

import (
	"math"

	"github.com/weftrun/weft/interp/objects"
)

// The struct sequences of sys, with CPython's field names, so programs
// read sys.version_info.major or sys.float_info.epsilon by name.
var (
	versionInfoType = objects.NewStructSeqType("sys.version_info",
		[]string{"major", "minor", "micro", "releaselevel", "serial"}, 5)
	floatInfoType = objects.NewStructSeqType("sys.float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11)
	// int_info describes CPython's 30-bit digits; weft's ints are Go
	// big.Ints, but programs use these numbers (the str-digit limit
	// especially) as limits, and the same values keep them portable.
	intInfoType = objects.NewStructSeqType("sys.int_info",
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4)
)

// floatInfo is sys.float_info for IEEE 754 binary64, which float is on
// every platform weft runs on.
func floatInfo() value {
	i := func(n int64) value { return objects.Int(n) }
	return floatInfoType.New(objects.Float(math.MaxFloat64), i(1024), i(308),
		objects.Float(2.2250738585072014e-308), i(-1021), i(-307), i(15), i(53),
		objects.Float(2.220446049250313e-16), i(2), i(1))
}
