package sched

import "syscall"

// threadID is the OS thread id, to check that a platform task never migrates.
func threadID() int { return syscall.Gettid() }
