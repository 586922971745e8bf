//go:build !race

#include "textflag.h"

// func storeRelease64(addr *uint64, v uint64)
// An aligned MOVQ is atomic, and x86-TSO keeps it after every earlier
// load and store: a release store.
TEXT ·storeRelease64(SB), NOSPLIT, $0-16
	MOVQ	addr+0(FP), AX
	MOVQ	v+8(FP), BX
	MOVQ	BX, (AX)
	RET
