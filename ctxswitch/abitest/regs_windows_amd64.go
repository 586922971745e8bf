package abitest

// Register indexes in Regs for Win64; xmm6-xmm15 take two words each.
const (
	RegRBX = iota
	RegRBP
	RegR12
	RegR13
	RegR14
	RegR15
	RegMXCSR // control bits
	RegFPCW  // x87 control word
	RegRDI
	RegRSI
	RegXMM6 // through RegXMM6+19
	NumRegs = RegXMM6 + 20
)

// RegNames names the Regs indexes, for test messages.
var RegNames = [...]string{"rbx", "rbp", "r12", "r13", "r14", "r15", "mxcsr", "x87cw", "rdi", "rsi",
	"xmm6.lo", "xmm6.hi", "xmm7.lo", "xmm7.hi", "xmm8.lo", "xmm8.hi", "xmm9.lo", "xmm9.hi",
	"xmm10.lo", "xmm10.hi", "xmm11.lo", "xmm11.hi", "xmm12.lo", "xmm12.hi", "xmm13.lo", "xmm13.hi",
	"xmm14.lo", "xmm14.hi", "xmm15.lo", "xmm15.hi"}
