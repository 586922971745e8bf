#include "textflag.h"

// Win64 versions of the test routines: arguments arrive in CX, DX; rdi, rsi
// and xmm6-xmm15 are callee-saved too, and the switch routine takes its
// arguments in CX, DX.

// func FillSwapDump(save, load *uintptr, in, out *Regs)
TEXT ·FillSwapDump(SB), NOSPLIT|NOFRAME, $0-32
	MOVQ	save+0(FP), CX
	MOVQ	load+8(FP), DX
	MOVQ	in+16(FP), AX
	MOVQ	out+24(FP), R8
	LEAQ	-32(SP), SP
	MOVQ	BP, 0(SP)
	MOVQ	R8, 8(SP)
	STMXCSR	16(SP)
	FSTCW	24(SP)
	MOVQ	0(AX), BX
	MOVQ	8(AX), BP
	MOVQ	16(AX), R12
	MOVQ	24(AX), R13
	MOVQ	32(AX), R14
	MOVQ	40(AX), R15
	LDMXCSR	48(AX)
	FLDCW	56(AX)
	MOVQ	64(AX), DI
	MOVQ	72(AX), SI
	MOVUPS	80(AX), X6
	MOVUPS	96(AX), X7
	MOVUPS	112(AX), X8
	MOVUPS	128(AX), X9
	MOVUPS	144(AX), X10
	MOVUPS	160(AX), X11
	MOVUPS	176(AX), X12
	MOVUPS	192(AX), X13
	MOVUPS	208(AX), X14
	MOVUPS	224(AX), X15
	MOVQ	248(AX), R9
	CALL	R9
	MOVQ	8(SP), R8
	MOVQ	BX, 0(R8)
	MOVQ	BP, 8(R8)
	MOVQ	R12, 16(R8)
	MOVQ	R13, 24(R8)
	MOVQ	R14, 32(R8)
	MOVQ	R15, 40(R8)
	STMXCSR	48(R8)
	FSTCW	56(R8)
	MOVQ	DI, 64(R8)
	MOVQ	SI, 72(R8)
	MOVUPS	X6, 80(R8)
	MOVUPS	X7, 96(R8)
	MOVUPS	X8, 112(R8)
	MOVUPS	X9, 128(R8)
	MOVUPS	X10, 144(R8)
	MOVUPS	X11, 160(R8)
	MOVUPS	X12, 176(R8)
	MOVUPS	X13, 192(R8)
	MOVUPS	X14, 208(R8)
	MOVUPS	X15, 224(R8)
	LDMXCSR	16(SP)
	FLDCW	24(SP)
	MOVQ	0(SP), BP
	LEAQ	32(SP), SP
	RET

// pingEntry(p *Peer): loop { p.Count++; swap(p.Self, p.Back) }
TEXT pingEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	CX, BX
	LEAQ	-32(SP), SP // shadow space for the calls below
ping:
	INCQ	32(BX)
	MOVQ	0(BX), CX
	MOVQ	8(BX), DX
	CALL	16(BX)
	JMP	ping

// clobberEntry(p *Peer): records SP and the TEB stack fields, then loops.
TEXT clobberEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	SP, 24(CX)
	MOVQ	0x08(GS), AX
	MOVQ	AX, 40(CX)
	MOVQ	0x10(GS), AX
	MOVQ	AX, 48(CX)
	MOVQ	0x1478(GS), AX
	MOVQ	AX, 56(CX)
	LEAQ	-48(SP), SP
	MOVQ	CX, 32(SP)
	MOVQ	BP, 40(SP) // the caller's frame pointer, kept for unwinders
clobber:
	MOVQ	32(SP), AX
	INCQ	32(AX)
	MOVQ	0(AX), CX
	MOVQ	8(AX), DX
	MOVQ	16(AX), R9
	LEAQ	64(AX), AX
	MOVQ	0(AX), BX
	MOVQ	8(AX), BP
	MOVQ	16(AX), R12
	MOVQ	24(AX), R13
	MOVQ	32(AX), R14
	MOVQ	40(AX), R15
	LDMXCSR	48(AX)
	FLDCW	56(AX)
	MOVQ	64(AX), DI
	MOVQ	72(AX), SI
	MOVUPS	80(AX), X6
	MOVUPS	96(AX), X7
	MOVUPS	112(AX), X8
	MOVUPS	128(AX), X9
	MOVUPS	144(AX), X10
	MOVUPS	160(AX), X11
	MOVUPS	176(AX), X12
	MOVUPS	192(AX), X13
	MOVUPS	208(AX), X14
	MOVUPS	224(AX), X15
	CALL	R9
	JMP	clobber

// returnEntry(p *Peer): p.Count++ and return.
TEXT returnEntry<>(SB), NOSPLIT|NOFRAME, $0
	INCQ	32(CX)
	RET

// overflowEntry: write ever deeper below SP until the guard page faults.
TEXT overflowEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	SP, AX
overflow:
	LEAQ	-256(AX), AX
	MOVQ	$0, (AX)
	JMP	overflow

// func SwapLoop(n uint64, save, load *uintptr, swap uintptr)
TEXT ·SwapLoop(SB), NOSPLIT|NOFRAME, $0-32
	MOVQ	n+0(FP), BX
	MOVQ	save+8(FP), R12
	MOVQ	load+16(FP), R13
	MOVQ	swap+24(FP), R15
	TESTQ	BX, BX
	JZ	done
loop:
	MOVQ	R12, CX
	MOVQ	R13, DX
	CALL	R15
	DECQ	BX
	JNZ	loop
done:
	RET

DATA ·pingEntryPC+0(SB)/8, $pingEntry<>(SB)
GLOBL ·pingEntryPC(SB), RODATA, $8
DATA ·clobberEntryPC+0(SB)/8, $clobberEntry<>(SB)
GLOBL ·clobberEntryPC(SB), RODATA, $8
DATA ·returnEntryPC+0(SB)/8, $returnEntry<>(SB)
GLOBL ·returnEntryPC(SB), RODATA, $8
DATA ·overflowEntryPC+0(SB)/8, $overflowEntry<>(SB)
GLOBL ·overflowEntryPC(SB), RODATA, $8
