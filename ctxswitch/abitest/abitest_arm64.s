#include "textflag.h"

// The AAPCS64 routines are shared by Linux, macOS and Windows: x18 is never
// touched, and the Windows-only TEB fields are recorded by clobberEntry
// through x18 only on Windows (see TEB_READ).

#ifdef GOOS_windows
#define TEB_READ(p) \
	MOVD	0x08(R18_PLATFORM), R2 \
	MOVD	R2, 40(p) \
	MOVD	0x10(R18_PLATFORM), R2 \
	MOVD	R2, 48(p) \
	MOVD	0x1478(R18_PLATFORM), R2 \
	MOVD	R2, 56(p)
#else
#define TEB_READ(p)
#endif

// func FillSwapDump(save, load *uintptr, in, out *Regs)
TEXT ·FillSwapDump(SB), NOSPLIT|NOFRAME, $0-32
	MOVD	save+0(FP), R0
	MOVD	load+8(FP), R1
	MOVD	in+16(FP), R2
	MOVD	out+24(FP), R3
	// Keep Go's frame pointer, link register, g and out on the goroutine
	// stack: every callee-saved register is about to hold a pattern.
	SUB	$32, RSP
	STP	(R29, R30), 0(RSP)
	STP	(g, R3), 16(RSP)
	LDP	0(R2), (R19, R20)
	LDP	16(R2), (R21, R22)
	LDP	32(R2), (R23, R24)
	LDP	48(R2), (R25, R26)
	LDP	64(R2), (R27, g)
	MOVD	80(R2), R29
	FLDPD	88(R2), (F8, F9)
	FLDPD	104(R2), (F10, F11)
	FLDPD	120(R2), (F12, F13)
	FLDPD	136(R2), (F14, F15)
	MOVD	248(R2), R4
	CALL	(R4)
	MOVD	24(RSP), R3
	STP	(R19, R20), 0(R3)
	STP	(R21, R22), 16(R3)
	STP	(R23, R24), 32(R3)
	STP	(R25, R26), 48(R3)
	STP	(R27, g), 64(R3)
	MOVD	R29, 80(R3)
	FSTPD	(F8, F9), 88(R3)
	FSTPD	(F10, F11), 104(R3)
	FSTPD	(F12, F13), 120(R3)
	FSTPD	(F14, F15), 136(R3)
	LDP	0(RSP), (R29, R30)
	MOVD	16(RSP), g
	ADD	$32, RSP
	RET

// pingEntry(p *Peer): loop { p.Count++; swap(p.Self, p.Back) }
TEXT pingEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVD	R0, R19
ping:
	MOVD	32(R19), R2
	ADD	$1, R2
	MOVD	R2, 32(R19)
	MOVD	0(R19), R0
	MOVD	8(R19), R1
	MOVD	16(R19), R2
	CALL	(R2)
	B	ping

// clobberEntry(p *Peer)
TEXT clobberEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVD	RSP, R2
	MOVD	R2, 24(R0)
	TEB_READ(R0)
	SUB	$16, RSP
	MOVD	R0, 0(RSP)
	MOVD	R29, 8(RSP) // the caller's frame pointer, kept for unwinders
clobber:
	MOVD	0(RSP), R3
	MOVD	32(R3), R2
	ADD	$1, R2
	MOVD	R2, 32(R3)
	MOVD	0(R3), R0
	MOVD	8(R3), R1
	MOVD	16(R3), R4
	ADD	$64, R3
	LDP	0(R3), (R19, R20)
	LDP	16(R3), (R21, R22)
	LDP	32(R3), (R23, R24)
	LDP	48(R3), (R25, R26)
	LDP	64(R3), (R27, g)
	MOVD	80(R3), R29
	FLDPD	88(R3), (F8, F9)
	FLDPD	104(R3), (F10, F11)
	FLDPD	120(R3), (F12, F13)
	FLDPD	136(R3), (F14, F15)
	CALL	(R4)
	B	clobber

// returnEntry(p *Peer): p.Count++ and return.
TEXT returnEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVD	32(R0), R2
	ADD	$1, R2
	MOVD	R2, 32(R0)
	RET

// overflowEntry: write ever deeper below SP until the guard page faults.
TEXT overflowEntry<>(SB), NOSPLIT|NOFRAME, $0
	MOVD	RSP, R2
overflow:
	SUB	$256, R2
	MOVD	ZR, (R2)
	B	overflow

// func SwapLoop(n uint64, save, load *uintptr, swap uintptr)
TEXT ·SwapLoop(SB), NOSPLIT|NOFRAME, $0-32
	MOVD	n+0(FP), R19
	MOVD	save+8(FP), R20
	MOVD	load+16(FP), R21
	MOVD	swap+24(FP), R22
	SUB	$16, RSP
	STP	(R29, R30), 0(RSP)
	CBZ	R19, done
loop:
	MOVD	R20, R0
	MOVD	R21, R1
	CALL	(R22)
	SUB	$1, R19
	CBNZ	R19, loop
done:
	LDP	0(RSP), (R29, R30)
	ADD	$16, RSP
	RET

DATA ·pingEntryPC+0(SB)/8, $pingEntry<>(SB)
GLOBL ·pingEntryPC(SB), RODATA, $8
DATA ·clobberEntryPC+0(SB)/8, $clobberEntry<>(SB)
GLOBL ·clobberEntryPC(SB), RODATA, $8
DATA ·returnEntryPC+0(SB)/8, $returnEntry<>(SB)
GLOBL ·returnEntryPC(SB), RODATA, $8
DATA ·overflowEntryPC+0(SB)/8, $overflowEntry<>(SB)
GLOBL ·overflowEntryPC(SB), RODATA, $8
