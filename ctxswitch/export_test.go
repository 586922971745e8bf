package ctxswitch

// TrampolineCode exposes the trampoline's address to the disassembly test.
func TrampolineCode() uintptr { return trampolinePC }
