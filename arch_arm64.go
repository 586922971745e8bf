package weft

func ticks() uint64

func spinWait()

func counterFrequency() uint64

// fixedTickRate reads CNTFRQ_EL0, the generic timer's architecturally
// published frequency, so arm64 needs no calibration.
func fixedTickRate() float64 { return float64(counterFrequency()) }
