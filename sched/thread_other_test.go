//go:build !linux

package sched

// threadID is not portable outside Linux; goroutine identity (goid) is
// still checked there, and LockOSThread binds the goroutine to its thread.
func threadID() int { return 0 }
