#include "textflag.h"

// arm64 Windows context switch.
//
// Callee-saved state under AAPCS64 is x19-x28, the frame pointer x29, the
// link register x30 (it is the resume address), sp, and the low 64 bits of
// v8-v15 (d8-d15), as on Linux. On Windows x18 always points at the
// thread's TEB, so it is not swapped (the thread does not change) but used:
// the TEB's stack description, StackBase x18[0x08], StackLimit x18[0x10] and
// DeallocationStack x18[0x1478], is swapped with the context because the OS
// (stack probes, exception dispatch, unwinding) checks addresses against it.
// Go keeps g in x28, which is callee-saved, so it is restored with the rest.
//
// Saved frame (lowest address first), 192 bytes so sp stays 16-byte aligned:
//
//	0    x19 x20
//	16   x21 x22
//	32   x23 x24
//	48   x25 x26
//	64   x27 x28
//	80   x29 x30
//	96   d8 d9
//	112  d10 d11
//	128  d12 d13
//	144  d14 d15
//	160  StackBase StackLimit
//	176  DeallocationStack, 8 bytes of padding
//
// frame_windows_arm64.go mirrors this layout.

#define SAVE_AAPCS64 \
	SUB	$192, RSP \
	MOVD	0x08(R18_PLATFORM), R2 \
	MOVD	0x10(R18_PLATFORM), R3 \
	STP	(R2, R3), 160(RSP) \
	MOVD	0x1478(R18_PLATFORM), R2 \
	MOVD	R2, 176(RSP) \
	STP	(R19, R20), 0(RSP) \
	STP	(R21, R22), 16(RSP) \
	STP	(R23, R24), 32(RSP) \
	STP	(R25, R26), 48(RSP) \
	STP	(R27, g), 64(RSP) \
	STP	(R29, R30), 80(RSP) \
	FSTPD	(F8, F9), 96(RSP) \
	FSTPD	(F10, F11), 112(RSP) \
	FSTPD	(F12, F13), 128(RSP) \
	FSTPD	(F14, F15), 144(RSP)

// RESTORE_AAPCS64 resumes the context whose saved-SP slot is addressed by R1,
// leaving 0 in the slot (the mark of a running context).
#define RESTORE_AAPCS64 \
	MOVD	(R1), R2 \
	MOVD	ZR, (R1) \
	MOVD	R2, RSP \
	LDP	0(RSP), (R19, R20) \
	LDP	16(RSP), (R21, R22) \
	LDP	32(RSP), (R23, R24) \
	LDP	48(RSP), (R25, R26) \
	LDP	64(RSP), (R27, g) \
	LDP	80(RSP), (R29, R30) \
	FLDPD	96(RSP), (F8, F9) \
	FLDPD	112(RSP), (F10, F11) \
	FLDPD	128(RSP), (F12, F13) \
	FLDPD	144(RSP), (F14, F15) \
	LDP	160(RSP), (R2, R3) \
	MOVD	R2, 0x08(R18_PLATFORM) \
	MOVD	R3, 0x10(R18_PLATFORM) \
	MOVD	176(RSP), R2 \
	MOVD	R2, 0x1478(R18_PLATFORM) \
	ADD	$192, RSP \
	RET

// swapcore saves the running context into the slot at R0 and resumes the one
// whose slot is at R1 (the C convention), so assembly and foreign code can
// call it through SwapCode.
TEXT ·swapcore(SB), NOSPLIT|NOFRAME, $0
	SAVE_AAPCS64
	MOVD	RSP, R2
	MOVD	R2, (R0)
	RESTORE_AAPCS64

// func swap(save, load *uintptr)
//
// The Go-callable (ABI0) form of swapcore; it uses 192 bytes below its frame,
// within the StackLimit bytes (800) Go keeps free below the stack guard for
// chains of NOSPLIT functions.
TEXT ·swap(SB), NOSPLIT|NOFRAME, $0-16
	MOVD	save+0(FP), R0
	MOVD	load+8(FP), R1
	B	·swapcore(SB)

// trampoline starts a new context: R19 is the entry routine, R20 its argument,
// R21 the *Context; sp is 16-byte aligned, as AAPCS64 requires at every
// public interface. When the entry routine returns, the context is marked
// done and its return-to context resumes; nothing returns from trampoline.
TEXT ·trampoline(SB), NOSPLIT|NOFRAME, $0
	MOVD	R20, R0
	CALL	(R19)
	MOVD	$1, R2
	MOVW	R2, 16(R21)
	MOVD	8(R21), R1
	RESTORE_AAPCS64

DATA ·swapcorePC+0(SB)/8, $·swapcore(SB)
GLOBL ·swapcorePC(SB), RODATA, $8
DATA ·trampolinePC+0(SB)/8, $·trampoline(SB)
GLOBL ·trampolinePC(SB), RODATA, $8

// func currentG() uintptr
TEXT ·currentG(SB), NOSPLIT|NOFRAME, $0-8
	MOVD	g, R0
	MOVD	R0, ret+0(FP)
	RET
