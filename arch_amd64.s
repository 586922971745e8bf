#include "textflag.h"

// func ticks() uint64
//
// RDTSC without a fence: callers time intervals much longer than the few
// instructions the CPU may reorder around it.
TEXT ·ticks(SB), NOSPLIT|NOFRAME, $0-8
	RDTSC
	SHLQ	$32, DX
	ORQ	DX, AX
	MOVQ	AX, ret+0(FP)
	RET

// func spinWait()
TEXT ·spinWait(SB), NOSPLIT|NOFRAME, $0-0
	PAUSE
	RET
