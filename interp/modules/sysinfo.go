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

// hashInfoType is sys.hash_info. Its numeric fields describe the numeric
// hash weft computes exactly as CPython does (objects.hashFloat: modulus
// 2**61 - 1, inf, imag), which is what code reading them needs:
// fractions and decimal hash with them, so that equal numbers of different
// types hash alike. algorithm, hash_bits and seed_bits are CPython's 64-bit
// values although weft hashes str and bytes with hash/maphash (a
// per-process random seed, like CPython's randomised siphash13): they name
// the family of guarantees (keyed, randomised per process), and programs
// that compare them with CPython's keep working.
var hashInfoType = objects.NewStructSeqType("sys.hash_info",
	[]string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9)

// hashInfo is sys.hash_info on a 64-bit build. nan is 0 as in CPython
// 3.10+, where a NaN hashes by identity and the field is kept only for
// compatibility.
func hashInfo() value {
	i := func(n int64) value { return objects.Int(n) }
	return hashInfoType.New(i(64), i(1<<61-1), i(314159), i(0), i(1000003),
		objects.StrValue("siphash13"), i(64), i(128), i(0))
}
