package abitest

// Register indexes in Regs for AAPCS64 (x19-x28, x29, then d8-d15).
const (
	RegX19  = 0
	RegX28  = 9
	RegX29  = 10
	RegD8   = 11
	NumRegs = RegD8 + 8
)

// RegNames names the Regs indexes, for test messages.
var RegNames = [...]string{"x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28", "x29",
	"d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15"}
