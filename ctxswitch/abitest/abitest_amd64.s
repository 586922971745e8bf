//go:build !windows

#include "textflag.h"

// func FillSwapDump(save, load *uintptr, in, out *Regs)
TEXT ·FillSwapDump(SB), NOSPLIT|NOFRAME, $0-32
	MOVQ	save+0(FP), DI
	MOVQ	load+8(FP), SI
	MOVQ	in+16(FP), AX
	MOVQ	out+24(FP), DX
	// Keep Go's frame pointer and floating-point control state, and out,
	// on the goroutine stack: every callee-saved register is about to hold
	// a pattern.
	LEAQ	-32(SP), SP
	MOVQ	BP, 0(SP)
	MOVQ	DX, 8(SP)
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
	MOVQ	248(AX), CX
	CALL	CX
	MOVQ	8(SP), DX
	MOVQ	BX, 0(DX)
	MOVQ	BP, 8(DX)
	MOVQ	R12, 16(DX)
	MOVQ	R13, 24(DX)
	MOVQ	R14, 32(DX)
	MOVQ	R15, 40(DX)
	STMXCSR	48(DX)
	FSTCW	56(DX)
	LDMXCSR	16(SP)
	FLDCW	24(SP)
	MOVQ	0(SP), BP
	LEAQ	32(SP), SP
	RET

// pingEntry(p *Peer): loop { p.Count++; swap(p.Self, p.Back) }
TEXT pingEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	DI, BX
ping:
	INCQ	32(BX)
	MOVQ	0(BX), DI
	MOVQ	8(BX), SI
	CALL	16(BX)
	JMP	ping

// clobberEntry(p *Peer)
TEXT clobberEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	SP, 24(DI)
	LEAQ	-16(SP), SP
	MOVQ	DI, 0(SP)
	MOVQ	BP, 8(SP) // the caller's frame pointer, kept for unwinders
clobber:
	MOVQ	0(SP), AX
	INCQ	32(AX)
	MOVQ	0(AX), DI
	MOVQ	8(AX), SI
	MOVQ	16(AX), CX
	LEAQ	64(AX), AX
	MOVQ	0(AX), BX
	MOVQ	8(AX), BP
	MOVQ	16(AX), R12
	MOVQ	24(AX), R13
	MOVQ	32(AX), R14
	MOVQ	40(AX), R15
	LDMXCSR	48(AX)
	FLDCW	56(AX)
	CALL	CX
	JMP	clobber

// returnEntry(p *Peer): p.Count++ and return.
TEXT returnEntry<>(SB), NOSPLIT|NOFRAME, $0
	INCQ	32(DI)
	RET

// overflowEntry: write ever deeper below SP until the guard page faults.
TEXT overflowEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ	SP, AX
overflow:
	LEAQ	-256(AX), AX
	MOVQ	$0, (AX)
	JMP	overflow

DATA ·pingEntryPC+0(SB)/8, $pingEntry<>(SB)
GLOBL ·pingEntryPC(SB), RODATA, $8
DATA ·clobberEntryPC+0(SB)/8, $clobberEntry<>(SB)
GLOBL ·clobberEntryPC(SB), RODATA, $8
DATA ·returnEntryPC+0(SB)/8, $returnEntry<>(SB)
GLOBL ·returnEntryPC(SB), RODATA, $8
DATA ·overflowEntryPC+0(SB)/8, $overflowEntry<>(SB)
GLOBL ·overflowEntryPC(SB), RODATA, $8

// func SwapLoop(n uint64, save, load *uintptr, swap uintptr)
//
// SwapLoop switches to the context at *load and back (it must run
// pingEntry) n times, entirely in assembly, so that the cost measured is
// the switch itself and not Go's call overhead.
TEXT ·SwapLoop(SB), NOSPLIT|NOFRAME, $0-32
	MOVQ	n+0(FP), BX
	MOVQ	save+8(FP), R12
	MOVQ	load+16(FP), R13
	MOVQ	swap+24(FP), R15
	TESTQ	BX, BX
	JZ	done
loop:
	MOVQ	R12, DI
	MOVQ	R13, SI
	CALL	R15
	DECQ	BX
	JNZ	loop
done:
	RET
