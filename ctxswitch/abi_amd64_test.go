package ctxswitch_test

import "github.com/weftrun/weft/ctxswitch/abitest"

// setControlPatterns gives the two sides different (valid) floating-point
// control state: rounding toward -inf and 53-bit x87 precision on one side,
// toward +inf and 24-bit precision on the other, exceptions masked on both.
func setControlPatterns(goSide, ctx *abitest.Regs) {
	goSide[abitest.RegMXCSR], ctx[abitest.RegMXCSR] = 0x3f80, 0x5f80
	goSide[abitest.RegFPCW], ctx[abitest.RegFPCW] = 0x067f, 0x087f
}

// maskControl keeps the bits of register i that the ABI makes callee-saved.
func maskControl(i int, v uint64) uint64 {
	switch i {
	case abitest.RegMXCSR:
		return v & 0xffc0
	case abitest.RegFPCW:
		return v & 0xffff
	}
	return v
}
