//go:build !windows

package signalmod

import (
	"math"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/weftrun/weft/interp/objects"
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

// alarmClock is the process's single alarm(2)-style timer: alarm(n)
// replaces it, and it delivers SIGALRM through the kernel so that the
// default action (termination) applies when no handler is set.
var alarmClock struct {
	sync.Mutex
	timer    *time.Timer
	deadline time.Time
}

// addPlatform adds the POSIX-only functions.
func addPlatform(def func(string, objects.BuiltinFn) objects.Value) {
	def("alarm", func(c objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		if len(args) != 1 {
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "alarm expected 1 argument, got %d", len(args))
		}
		n, ok := objects.AsInt64(args[0])
		if !ok || args[0].IsFloat() {
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		alarmClock.Lock()
		defer alarmClock.Unlock()
		remaining := int64(0)
		if alarmClock.timer != nil && alarmClock.timer.Stop() {
			// alarm(2) rounds the previous alarm's time left up.
			remaining = int64(math.Ceil(time.Until(alarmClock.deadline).Seconds()))
		}
		alarmClock.timer = nil
		if n > 0 {
			d := time.Duration(n) * time.Second
			alarmClock.deadline = time.Now().Add(d)
			alarmClock.timer = time.AfterFunc(d, func() { _ = sendSelf(syscall.SIGALRM) })
		}
		return objects.Int(remaining), nil
	})
}
