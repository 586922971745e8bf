//go:build !windows

package modules

import (
	"time"

	"golang.org/x/sys/unix"
)

// processCPUTime is the CPU time (user + system) consumed by every thread
// of the process, as time.process_time reports it. It reads the kernel's
// per-process CPU clock rather than getrusage: the clock has nanosecond
// resolution where rusage has microseconds.
func processCPUTime() time.Duration {
	return cpuClock(unix.CLOCK_PROCESS_CPUTIME_ID)
}

// threadCPUTime is the CPU time of the calling OS thread. Under weft's M:N
// scheduler the OS thread is the carrier running the virtual thread, so a
// virtual thread that migrates between carriers sees the time of whichever
// carrier it is on: the figure is meaningful for code that stays on one
// carrier (a single-threaded script) and for relative measurements.
func threadCPUTime() time.Duration {
	return cpuClock(unix.CLOCK_THREAD_CPUTIME_ID)
}

func cpuClock(id int32) time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(id, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
