package weft

func ticks() uint64

func spinWait()

// fixedTickRate: the TSC rate is not architecturally readable on every x86
// CPU (CPUID leaf 0x15 is often absent under virtualisation), so amd64
// always calibrates.
func fixedTickRate() float64 { return 0 }
