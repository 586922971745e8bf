//go:build !windows

#include "textflag.h"

// amd64 System V (Linux, macOS) context switch.
//
// A suspended context is a stack pointer; at that address lies the frame
// written by SAVE_SYSV (lowest address first):
//
//	0   x87 control word (16 bits) | unused (16 bits) | MXCSR control bits (32 bits)
//	8   r15
//	16  r14
//	24  r13
//	32  r12
//	40  rbx
//	48  rbp
//	56  return address
//
// These are exactly the registers the System V ABI makes callee-saved; every
// other register is dead across a call, so a switch need not touch it. The
// MXCSR status flags (bits 0-5) are caller-saved and are masked out, so one
// context's sticky exception flags never appear in another. The frame layout
// is mirrored by frame_amd64.go, which builds the first frame of a new
// context.

// The frame is written and read with MOVs at explicit offsets rather than
// PUSH/POP so that the assembler's stack-depth bookkeeping (which assumes a
// function returns on the stack it was called on) stays out of the way.
#define SAVE_SYSV \
	LEAQ	-56(SP), SP \
	MOVQ	BP, 48(SP) \
	MOVQ	BX, 40(SP) \
	MOVQ	R12, 32(SP) \
	MOVQ	R13, 24(SP) \
	MOVQ	R14, 16(SP) \
	MOVQ	R15, 8(SP) \
	STMXCSR	4(SP) \
	MOVL	4(SP), CX \
	ANDL	$0xffc0, CX \
	MOVL	CX, 4(SP) \
	FSTCW	0(SP) \
	MOVWLZX	0(SP), DX

// TAKE_SP_SYSV takes the saved SP of the context to resume out of its slot,
// addressed by SI, into AX, leaving 0 there (the mark of a running context).
// LOAD_CONTROL_SYSV installs its floating-point control state and
// RESTORE_SYSV its registers, then continues at its saved return address.
// It jumps there rather than executing RET: a switch always "returns" to a
// different place than the matching CALL, so RET would mispredict through
// the return-stack buffer on every switch, while an indirect JMP is
// predicted from its own history (measured: about 1.6x faster round trips).
//
// Loading MXCSR and the x87 control word is slow (FLDCW alone costs more than
// the rest of a switch on some CPUs), and the two sides of a switch almost
// always have the same control state, so swapcore compares the saved words
// with the ones it has just stored (kept in CX and DX by SAVE_SYSV, so the
// comparison does not wait on a store-to-load forward) and loads them only
// when they differ.
#define TAKE_SP_SYSV \
	MOVQ	(SI), AX \
	MOVQ	$0, (SI)

#define LOAD_CONTROL_SYSV \
	FLDCW	0(AX) \
	LDMXCSR	4(AX)

#define RESTORE_SYSV \
	MOVQ	8(AX), R15 \
	MOVQ	16(AX), R14 \
	MOVQ	24(AX), R13 \
	MOVQ	32(AX), R12 \
	MOVQ	40(AX), BX \
	MOVQ	48(AX), BP \
	MOVQ	56(AX), CX \
	LEAQ	64(AX), SP \
	JMP	CX

// swapcore saves the running context into the slot at DI and resumes the
// one whose slot is at SI. It uses the C calling convention (arguments in
// DI, SI) so that assembly and foreign code can call it through SwapCode.
TEXT ·swapcore(SB), NOSPLIT|NOFRAME, $0
	SAVE_SYSV
	MOVQ	SP, (DI)
	TAKE_SP_SYSV
	CMPL	CX, 4(AX)
	JNE	load
	CMPW	DX, 0(AX)
	JEQ	same
load:
	LOAD_CONTROL_SYSV
same:
	RESTORE_SYSV

// func swap(save, load *uintptr)
//
// swap is the Go-callable (ABI0) form of swapcore. It pushes 64 bytes below
// its frame onto the calling goroutine's stack, well inside the
// StackLimit bytes (800) that Go keeps free below the stack guard for chains
// of NOSPLIT functions. BP, the only general register ABI0 callers expect
// preserved, is in the switched set, so Go's state survives (see the package
// documentation).
TEXT ·swap(SB), NOSPLIT|NOFRAME, $0-16
	MOVQ	save+0(FP), DI
	MOVQ	load+8(FP), SI
	JMP	·swapcore(SB)

// trampoline is where a new context's first frame returns to. BX holds the
// entry routine, R12 its argument and R13 the *Context (all callee-saved, so
// they survive the entry routine). The stack pointer is 16-byte aligned here,
// so the CALL leaves the entry routine with the ABI's entry alignment
// (SP+8 a multiple of 16). When the entry routine returns, the context is
// marked done and control passes to its return-to context; nothing ever
// returns from trampoline, so the stack is never unwound past its base.
TEXT ·trampoline(SB), NOSPLIT|NOFRAME, $0
	MOVQ	R12, DI
	CALL	BX
	MOVL	$1, 16(R13)
	MOVQ	8(R13), SI
	TAKE_SP_SYSV
	LOAD_CONTROL_SYSV
	RESTORE_SYSV

DATA ·swapcorePC+0(SB)/8, $·swapcore(SB)
GLOBL ·swapcorePC(SB), RODATA, $8
DATA ·trampolinePC+0(SB)/8, $·trampoline(SB)
GLOBL ·trampolinePC(SB), RODATA, $8
