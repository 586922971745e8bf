//go:build !windows

package abitest

// Register indexes in Regs for amd64 System V.
const (
	RegRBX = iota
	RegRBP
	RegR12
	RegR13
	RegR14
	RegR15
	RegMXCSR // control bits
	RegFPCW  // x87 control word
	NumRegs
)

// RegNames names the Regs indexes, for test messages.
var RegNames = [...]string{"rbx", "rbp", "r12", "r13", "r14", "r15", "mxcsr", "x87cw"}
