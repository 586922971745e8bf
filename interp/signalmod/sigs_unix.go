//go:build !windows

package signalmod

import (
	"os"
	"syscall"
)

// platformSignals are the signals the module names on POSIX systems (the
// numbers are the platform's own: SIGUSR1 is 10 on Linux, 30 on macOS).
var platformSignals = []namedSignal{
	{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT},
	{"SIGILL", syscall.SIGILL}, {"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT},
	{"SIGBUS", syscall.SIGBUS}, {"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL},
	{"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV}, {"SIGUSR2", syscall.SIGUSR2},
	{"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM}, {"SIGTERM", syscall.SIGTERM},
	{"SIGCHLD", syscall.SIGCHLD}, {"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP},
	{"SIGTSTP", syscall.SIGTSTP}, {"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU},
	{"SIGURG", syscall.SIGURG}, {"SIGXCPU", syscall.SIGXCPU}, {"SIGXFSZ", syscall.SIGXFSZ},
	{"SIGVTALRM", syscall.SIGVTALRM}, {"SIGPROF", syscall.SIGPROF}, {"SIGWINCH", syscall.SIGWINCH},
	{"SIGIO", syscall.SIGIO}, {"SIGSYS", syscall.SIGSYS},
}

// uncatchable signals cannot have a handler (EINVAL, as sigaction says).
func uncatchable(s syscall.Signal) bool { return s == syscall.SIGKILL || s == syscall.SIGSTOP }

// sendSelf delivers s to this process through the kernel, so that its
// default action (or the Go runtime's) applies.
func sendSelf(s syscall.Signal) error { return syscall.Kill(os.Getpid(), s) }
