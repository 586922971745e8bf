package poller

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unsafe"

	"github.com/weftrun/weft/ring"
	"golang.org/x/sys/unix"
)

// TestFallbackWhenSetupRefused injects each refusal io_uring_setup can give
// and checks that New picks epoll and says why.
func TestFallbackWhenSetupRefused(t *testing.T) {
	t.Setenv("WEFT_POLLER", "")
	saved := newRing
	defer func() { newRing = saved }()
	for _, errno := range []unix.Errno{unix.EPERM, unix.ENOSYS, unix.EINVAL} {
		newRing = func(ring.Options) (*ring.Ring, error) {
			return nil, fmt.Errorf("ring: io_uring_setup: %w", errno)
		}
		p, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if p.Backend() != "epoll" || !errors.Is(p.FallbackReason(), errno) {
			t.Errorf("%v: backend %s, reason %v", errno, p.Backend(), p.FallbackReason())
		}
		// The fallback is a working poller, not just a name.
		var tm result
		p.Timeout(0, tm.cb())
		until(t, p, func() bool { return tm.done })
		p.Close()
	}
	// A kernel whose probe lacks an opcode we need is refused the same way.
	newRing = func(ring.Options) (*ring.Ring, error) { return nil, ring.ErrUnsupported }
	p, err := New(Options{})
	if err != nil || p.Backend() != "epoll" || !errors.Is(p.FallbackReason(), ring.ErrUnsupported) {
		t.Fatalf("unsupported kernel: %v %s %v", err, p.Backend(), p.FallbackReason())
	}
	p.Close()
	// Forcing io_uring when it is refused is an error, not a silent epoll.
	if _, err := New(Options{Backend: "uring"}); err == nil || !errors.Is(err, ring.ErrUnsupported) {
		t.Fatalf("forced uring on a refusing kernel: %v", err)
	}
}

func TestBackendSelection(t *testing.T) {
	t.Setenv("WEFT_POLLER", "epoll")
	p, err := New(Options{})
	if err != nil || p.Backend() != "epoll" || p.FallbackReason() != nil {
		t.Fatalf("WEFT_POLLER=epoll: %v %v", err, p)
	}
	p.Close()
	t.Setenv("WEFT_POLLER", "bogus")
	if _, err := New(Options{}); err == nil {
		t.Fatal("WEFT_POLLER=bogus accepted")
	}
	t.Setenv("WEFT_POLLER", "")
	p, err = New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, uerr := ring.New(ring.Options{Entries: 4}); uerr == nil && p.Backend() != "uring" {
		t.Fatalf("io_uring works here but the default is %s (%v)", p.Backend(), p.FallbackReason())
	}
}

// TestFallbackUnderSeccomp runs a child process that installs a real
// seccomp filter making io_uring_setup fail with EPERM (as Docker's default
// profile does) and checks that it ends up on epoll.
func TestFallbackUnderSeccomp(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "WEFT_POLLER_TEST_SECCOMP=1", "WEFT_POLLER=")
	out, err := cmd.CombinedOutput()
	if errors.Is(err, unix.ENOEXEC) {
		t.Skipf("SKIP: cannot re-execute the test binary (emulated run?): %v", err)
	}
	if strings.HasPrefix(string(out), "seccomp unavailable") {
		t.Skipf("SKIP: %s", out)
	}
	if err != nil {
		t.Fatalf("child: %v: %s", err, out)
	}
	got := strings.TrimSpace(string(out))
	if !strings.HasPrefix(got, "epoll: io_uring set-up failed") || !strings.Contains(got, "operation not permitted") {
		t.Fatalf("under seccomp: %q", got)
	}
	t.Log(got)
}

func init() {
	if os.Getenv("WEFT_POLLER_TEST_SECCOMP") == "" {
		return
	}
	if err := denyIOURingSetup(); err != nil {
		fmt.Println("seccomp unavailable:", err)
		os.Exit(0)
	}
	p, err := New(Options{})
	if err != nil {
		fmt.Println("New:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %v\n", p.Backend(), p.FallbackReason())
	os.Exit(0)
}

// denyIOURingSetup installs, on every thread of the process, a seccomp
// filter under which io_uring_setup fails with EPERM.
func denyIOURingSetup() error {
	const (
		ldAbsW = 0x20 // BPF_LD|BPF_W|BPF_ABS
		jeqK   = 0x15 // BPF_JMP|BPF_JEQ|BPF_K
		retK   = 0x06 // BPF_RET|BPF_K
	)
	filter := []unix.SockFilter{
		{Code: ldAbsW, K: 0}, // seccomp_data.nr
		{Code: jeqK, Jt: 0, Jf: 1, K: unix.SYS_IO_URING_SETUP},
		{Code: retK, K: unix.SECCOMP_RET_ERRNO | uint32(unix.EPERM)},
		{Code: retK, K: unix.SECCOMP_RET_ALLOW},
	}
	prog := unix.SockFprog{Len: uint16(len(filter)), Filter: &filter[0]}
	if err := unix.Prctl(unix.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); err != nil {
		return err
	}
	_, _, errno := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC, uintptr(unsafe.Pointer(&prog)))
	if errno != 0 {
		return errno
	}
	return nil
}
