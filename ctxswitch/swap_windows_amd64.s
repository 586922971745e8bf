#include "textflag.h"

// amd64 Windows (Win64 ABI) context switch.
//
// Win64 makes more state callee-saved than System V: rdi, rsi and the full
// 128 bits of xmm6-xmm15 too. A fiber-style switch must also swap the stack
// description in the Thread Environment Block, because the OS (stack probes
// in __chkstk, the exception dispatcher, RtlVirtualUnwind) checks stack
// addresses against it: StackBase gs:[0x08], StackLimit gs:[0x10],
// DeallocationStack gs:[0x1478] and FiberData gs:[0x20]. x64 exception
// handling is table-based, so there is no ExceptionList chain to swap.
//
// Saved frame (lowest address first):
//
//	0    x87 control word | pad | MXCSR control bits (at 4)
//	8    xmm6 ... xmm15 (16 bytes each, to 168)
//	168  StackBase
//	176  StackLimit
//	184  DeallocationStack
//	192  FiberData
//	200  rdi, rsi, r15, r14, r13, r12, rbx, rbp (to 264)
//	264  return address
//
// frame_windows_amd64.go mirrors this layout.

// The frame is written and read with MOVs at explicit offsets rather than
// PUSH/POP so that the assembler's stack-depth bookkeeping (which assumes a
// function returns on the stack it was called on) stays out of the way.
#define SAVE_WIN64 \
	LEAQ	-264(SP), SP \
	MOVQ	DI, 200(SP) \
	MOVQ	SI, 208(SP) \
	MOVQ	R15, 216(SP) \
	MOVQ	R14, 224(SP) \
	MOVQ	R13, 232(SP) \
	MOVQ	R12, 240(SP) \
	MOVQ	BX, 248(SP) \
	MOVQ	BP, 256(SP) \
	MOVQ	0x08(GS), AX \
	MOVQ	AX, 168(SP) \
	MOVQ	0x10(GS), AX \
	MOVQ	AX, 176(SP) \
	MOVQ	0x1478(GS), AX \
	MOVQ	AX, 184(SP) \
	MOVQ	0x20(GS), AX \
	MOVQ	AX, 192(SP) \
	MOVUPS	X6, 8(SP) \
	MOVUPS	X7, 24(SP) \
	MOVUPS	X8, 40(SP) \
	MOVUPS	X9, 56(SP) \
	MOVUPS	X10, 72(SP) \
	MOVUPS	X11, 88(SP) \
	MOVUPS	X12, 104(SP) \
	MOVUPS	X13, 120(SP) \
	MOVUPS	X14, 136(SP) \
	MOVUPS	X15, 152(SP) \
	STMXCSR	4(SP) \
	MOVL	4(SP), R8 \
	ANDL	$0xffc0, R8 \
	MOVL	R8, 4(SP) \
	FSTCW	0(SP) \
	MOVWLZX	0(SP), R9

// TAKE_SP_WIN64 takes the saved SP of the context to resume out of its slot,
// addressed by DX, into AX, leaving 0 there (the mark of a running context).
// LOAD_CONTROL_WIN64 installs its floating-point control state, which
// swapcore skips when it equals the state just saved (in R8 and R9), as the
// System V version explains; RESTORE_WIN64 installs everything else and
// jumps to the saved return address (JMP rather than RET, see System V).
#define TAKE_SP_WIN64 \
	MOVQ	(DX), AX \
	MOVQ	$0, (DX)

#define LOAD_CONTROL_WIN64 \
	FLDCW	0(AX) \
	LDMXCSR	4(AX)

#define RESTORE_WIN64 \
	MOVUPS	8(AX), X6 \
	MOVUPS	24(AX), X7 \
	MOVUPS	40(AX), X8 \
	MOVUPS	56(AX), X9 \
	MOVUPS	72(AX), X10 \
	MOVUPS	88(AX), X11 \
	MOVUPS	104(AX), X12 \
	MOVUPS	120(AX), X13 \
	MOVUPS	136(AX), X14 \
	MOVUPS	152(AX), X15 \
	MOVQ	168(AX), CX \
	MOVQ	CX, 0x08(GS) \
	MOVQ	176(AX), CX \
	MOVQ	CX, 0x10(GS) \
	MOVQ	184(AX), CX \
	MOVQ	CX, 0x1478(GS) \
	MOVQ	192(AX), CX \
	MOVQ	CX, 0x20(GS) \
	MOVQ	200(AX), DI \
	MOVQ	208(AX), SI \
	MOVQ	216(AX), R15 \
	MOVQ	224(AX), R14 \
	MOVQ	232(AX), R13 \
	MOVQ	240(AX), R12 \
	MOVQ	248(AX), BX \
	MOVQ	256(AX), BP \
	MOVQ	264(AX), CX \
	LEAQ	272(AX), SP \
	JMP	CX

// swapcore saves the running context into the slot at CX and resumes the one
// whose slot is at DX (the Win64 C convention: first two arguments).
TEXT ·swapcore(SB), NOSPLIT|NOFRAME, $0
	SAVE_WIN64
	MOVQ	SP, (CX)
	TAKE_SP_WIN64
	CMPL	R8, 4(AX)
	JNE	load
	CMPW	R9, 0(AX)
	JEQ	same
load:
	LOAD_CONTROL_WIN64
same:
	RESTORE_WIN64

// func swap(save, load *uintptr)
//
// The Go-callable (ABI0) form of swapcore. It pushes 264 bytes below its
// frame onto the goroutine stack, within the 800-byte StackLimit that Go
// guarantees to chains of NOSPLIT functions; the linker's nosplit check
// cannot see these bytes, which is why the frame is kept this small.
TEXT ·swap(SB), NOSPLIT|NOFRAME, $0-16
	MOVQ	save+0(FP), CX
	MOVQ	load+8(FP), DX
	JMP	·swapcore(SB)

// trampoline starts a new context: BX is the entry routine, R12 its argument,
// R13 the *Context. SP is 16-byte aligned here; the 32-byte shadow space the
// Win64 ABI requires the caller to provide is reserved before the CALL, so
// the entry routine sees its return address at SP (SP+8 16-byte aligned) and
// its home area at SP+8..SP+40. When it returns, the context is marked done
// and its return-to context resumes.
TEXT ·trampoline(SB), NOSPLIT|NOFRAME, $0
	LEAQ	-32(SP), SP
	MOVQ	R12, CX
	CALL	BX
	MOVL	$1, 16(R13)
	MOVQ	8(R13), DX
	TAKE_SP_WIN64
	LOAD_CONTROL_WIN64
	RESTORE_WIN64

DATA ·swapcorePC+0(SB)/8, $·swapcore(SB)
GLOBL ·swapcorePC(SB), RODATA, $8
DATA ·trampolinePC+0(SB)/8, $·trampoline(SB)
GLOBL ·trampolinePC(SB), RODATA, $8
