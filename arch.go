// Package weft holds the CPU primitives the rest of the runtime kit is built
// on: a cheap monotonic tick counter for timing hot paths (the scheduler's
// time slices and the benchmark runner read it far more often than a
// clock_gettime vDSO call is worth), a spin-wait hint for busy loops, and
// the CPU's identity and cache-line size (to pad per-carrier data against
// false sharing and to head benchmark reports).
//
// The counter is RDTSC on amd64 and CNTVCT_EL0 on arm64; other architectures
// fall back to the Go monotonic clock. Ticks are not nanoseconds: convert
// with TicksToNanos, whose rate is read from CNTFRQ_EL0 on arm64 and
// calibrated once against the monotonic clock on amd64 (modern x86 TSCs are
// invariant: constant rate across frequency changes, synchronised across
// cores). The counter is for measuring intervals on one machine, never for
// wall-clock time.
package weft

import (
	"runtime"
	"sync"
	"time"

	"github.com/klauspost/cpuid/v2"
)

// Ticks returns the current value of the CPU's tick counter. It is
// monotonic and cheap (tens of cycles, no system call).
func Ticks() uint64 { return ticks() }

// SpinWait is the hint to put in the body of a busy-wait loop: PAUSE on
// amd64, YIELD on arm64. It lets a hyperthread sibling run and saves power
// while waiting for another core to write a cache line; it does not yield
// the OS thread.
func SpinWait() { spinWait() }

var (
	calibrateOnce sync.Once
	nanosPerTick  float64
)

// TickRate returns the counter's rate in ticks per second. The first call on
// amd64 calibrates it, which takes about 10 ms.
func TickRate() float64 {
	calibrateOnce.Do(calibrate)
	return 1e9 / nanosPerTick
}

// TicksToNanos converts a tick interval to nanoseconds.
func TicksToNanos(ticks uint64) float64 {
	calibrateOnce.Do(calibrate)
	return float64(ticks) * nanosPerTick
}

func calibrate() {
	if f := fixedTickRate(); f > 0 {
		nanosPerTick = 1e9 / f
		return
	}
	// Count ticks across a monotonic-clock interval. Some clocks advance in
	// coarse steps (Windows' interrupt time moves every 0.5-15.6 ms), so
	// each end of the interval is taken just after the clock has stepped,
	// with the tick reading adjacent: the error is then the clock's own
	// jitter rather than its step size.
	t0, c0 := clockEdge()
	time.Sleep(20 * time.Millisecond)
	t1, c1 := clockEdge()
	if c1 <= c0 || !t1.After(t0) {
		nanosPerTick = 1 // a counter that does not advance: treat ticks as ns
		return
	}
	nanosPerTick = float64(t1.Sub(t0).Nanoseconds()) / float64(c1-c0)
}

// clockEdge spins until the monotonic clock changes and returns the new
// reading with the tick count taken right after it.
func clockEdge() (time.Time, uint64) {
	start := time.Now()
	for {
		now := time.Now()
		c := Ticks()
		if now.Sub(start) > 0 {
			return now, c
		}
	}
}

// CPUInfo describes the processor, for reports and layout decisions.
type CPUInfo struct {
	// Model is the brand string ("AMD EPYC 9654 96-Core Processor"), or a
	// vendor/architecture description where the CPU does not report one.
	Model string
	// Vendor is the CPU vendor as cpuid reports it.
	Vendor string
	// Arch is GOARCH.
	Arch string
	// PhysicalCores and LogicalCores count the machine's cores; zero when
	// unknown.
	PhysicalCores, LogicalCores int
	// CacheLine is the L1 data cache line size in bytes (64 when unknown).
	CacheLine int
}

// CPU returns the processor's identity as detected by cpuid (or the OS
// interfaces cpuid uses on arm64).
func CPU() CPUInfo {
	c := cpuid.CPU
	info := CPUInfo{
		Model:         c.BrandName,
		Vendor:        c.VendorString,
		Arch:          runtime.GOARCH,
		PhysicalCores: c.PhysicalCores,
		LogicalCores:  c.LogicalCores,
		CacheLine:     CacheLineSize(),
	}
	if info.Model == "" {
		info.Model = "unknown " + runtime.GOARCH + " CPU"
		if info.Vendor != "" {
			info.Model = info.Vendor + " " + runtime.GOARCH + " CPU"
		}
	}
	return info
}

// CacheLineSize returns the L1 data cache line size in bytes: the unit of
// padding that keeps two cores' hot fields from sharing a line. It returns
// 64 when the CPU does not say, the most common size (Apple's arm64 cores
// use 128, which cpuid reports).
func CacheLineSize() int {
	if n := cpuid.CPU.CacheLine; n > 0 {
		return n
	}
	return 64
}
