#include "textflag.h"

// func ticks() uint64
//
// CNTVCT_EL0 is the virtual count of the generic timer, readable from user
// space on Linux, macOS and Windows.
TEXT ·ticks(SB), NOSPLIT|NOFRAME, $0-8
	MRS	CNTVCT_EL0, R0
	MOVD	R0, ret+0(FP)
	RET

// func counterFrequency() uint64
TEXT ·counterFrequency(SB), NOSPLIT|NOFRAME, $0-8
	MRS	CNTFRQ_EL0, R0
	MOVD	R0, ret+0(FP)
	RET

// func spinWait()
TEXT ·spinWait(SB), NOSPLIT|NOFRAME, $0-0
	YIELD
	RET
