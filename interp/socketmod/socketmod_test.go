//go:build linux || darwin

package socketmod_test

import (
	"bufio"
	"bytes"
	"fmt"
	"sync"
	"syscall"
	"testing"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
	"github.com/weftrun/weft/interp/vthread"
	"github.com/weftrun/weft/sched"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type result struct {
	status  int
	stdout  string
	stderr  string
	metrics sched.Metrics
}

// runPy runs src as __main__ on a runtime with procs Ps, after setup (if
// any) has added test built-ins.
func runPy(t testing.TB, procs int, src string, setup func(it *interp.Interpreter)) result {
	t.Helper()
	it := interp.New([]string{"test.py"}, t.TempDir())
	var out bytes.Buffer
	errs := &lockedBuffer{}
	it.VM.Stdout = bufio.NewWriter(&out)
	it.VM.Stderr = errs
	if setup != nil {
		setup(it)
	}
	rt, err := vthread.New(it.VM, procs)
	if err != nil {
		t.Fatal(err)
	}
	main := objects.NewModule("__main__")
	main.Dict.SetStr(objects.Interned("__builtins__"), it.VM.Builtins.Value())
	_ = it.VM.Modules.SetItem(nil, objects.StrValue("__main__"), main.Value())
	it.VM.RememberSource("test.py", src)
	code, err := compile.Compile(src, "test.py", compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	status := rt.RunMain(it.Main, code, main.Dict, it.Report)
	it.VM.Flush()
	return result{status: status, stdout: out.String(), stderr: errs.String(), metrics: rt.Scheduler().Metrics()}
}

func expect(t *testing.T, r result, stdout string) {
	t.Helper()
	if r.status != 0 || r.stdout != stdout {
		t.Fatalf("status %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", r.status, r.stdout, stdout, r.stderr)
	}
}

// needFDs skips when the process may not open n descriptors.
func needFDs(t *testing.T, n uint64) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil || lim.Cur < n {
		t.Skipf("SKIP: needs %d open files, RLIMIT_NOFILE is %d", n, lim.Cur)
	}
}

// TestBlockedRecvsHoldNoCarrier: with one P, 1000 virtual threads each
// block in recv on a socketpair; the main thread still runs (it would not,
// if a recv held the only carrier), counts them as started, and then
// feeds every pair. Every recv parked through the eval loop: no pinned
// waits, no P hand-offs to extra carriers, no retakes.
func TestBlockedRecvsHoldNoCarrier(t *testing.T) {
	const n = 1000
	needFDs(t, 2*n+64)
	src := fmt.Sprintf(`
import socket, threading, time
N = %d
pairs = [socket.socketpair() for _ in range(N)]
started = [0]
got = []
lock = threading.Lock()
def reader(s):
    with lock:
        started[0] += 1
    data = s.recv(16)
    with lock:
        got.append(data)
ts = [threading.Thread(target=reader, args=(b,)) for a, b in pairs]
for t in ts:
    t.start()
while started[0] < N:
    time.sleep(0.001)
time.sleep(0.05)
# All N threads are blocked in recv; this thread runs on the only P.
print("blocked", started[0], "received", len(got))
for i, (a, b) in enumerate(pairs):
    a.sendall(b"%%d" %% i)
for t in ts:
    t.join()
print("received", len(got), sorted(int(x) for x in got) == list(range(N)))
for a, b in pairs:
    a.close(); b.close()
`, n)
	r := runPy(t, 1, src, nil)
	expect(t, r, fmt.Sprintf("blocked %d received 0\nreceived %d True\n", n, n))
	if r.metrics.Pins != 0 {
		t.Errorf("recv waits must park through the eval loop: %d pinned waits", r.metrics.Pins)
	}
	if r.metrics.Carriers > 4 {
		t.Errorf("%d carriers for one P: blocked recvs occupied carriers", r.metrics.Carriers)
	}
}

// TestEchoServer runs a threaded echo server and 200 clients, each on its
// own virtual thread, on two Ps.
func TestEchoServer(t *testing.T) {
	needFDs(t, 600)
	src := `
import socket, threading
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
def handle(c):
    with c:
        f = c.makefile("rb")
        for line in f:
            c.sendall(line.upper())
        f.close()
def serve():
    while True:
        try:
            c, _ = srv.accept()
        except OSError:
            return
        threading.Thread(target=handle, args=(c,), daemon=True).start()
threading.Thread(target=serve, daemon=True).start()
ok = []
def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        f = s.makefile("rwb")
        for j in range(3):
            f.write(b"hello %d %d\n" % (i, j))
            if f.readline() != b"HELLO %d %d\n" % (i, j):
                return
        ok.append(i)
ts = [threading.Thread(target=client, args=(i,)) for i in range(200)]
for t in ts: t.start()
for t in ts: t.join()
print(len(ok), sorted(ok) == list(range(200)))
`
	expect(t, runPy(t, 2, src, nil), "200 True\n")
}

// TestTimeoutsAndCancel: settimeout expires through the poller's timer
// (TimeoutError "timed out", the bytes that arrive later are not lost),
// select() waits and times out, and CancelIO, the cancel-scope hook, ends
// a recv blocked forever with the exception the canceller chose.
func TestTimeoutsAndCancel(t *testing.T) {
	var mu sync.Mutex
	var blocked *vthread.VThread
	setup := func(it *interp.Interpreter) {
		reg := objects.NewBuiltin("register_me", func(c objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			mu.Lock()
			blocked = vthread.Current(c.(*vm.Thread))
			mu.Unlock()
			return objects.None, nil
		}, nil)
		cancel := objects.NewBuiltin("cancel_it", func(c objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			mu.Lock()
			vt := blocked
			mu.Unlock()
			ok := vt != nil && vt.CancelIO(objects.Errorf(objects.RuntimeErrorType, "cancelled by scope"))
			return objects.Bool(ok), nil
		}, nil)
		it.VM.Builtins.SetStr(objects.Interned("register_me"), reg.Value())
		it.VM.Builtins.SetStr(objects.Interned("cancel_it"), cancel.Value())
	}
	src := `
import socket, select, threading, time
a, b = socket.socketpair()
b.settimeout(0.05)
try:
    b.recv(10)
except TimeoutError as e:
    print("timeout:", e)
a.sendall(b"late")
print(b.recv(10))
print(select.select([b], [], [], 0.05))
a.sendall(b"x")
print(select.select([b], [], [], 5)[0] == [b])
b.recv(1)
b.settimeout(None)
out = []
def victim():
    register_me()
    try:
        b.recv(10)
    except RuntimeError as e:
        out.append(str(e))
t = threading.Thread(target=victim)
t.start()
while not cancel_it():
    time.sleep(0.001)
t.join()
print(out)
a.sendall(b"after")
print(b.recv(10))
`
	r := runPy(t, 1, src, setup)
	expect(t, r, "timeout: timed out\nb'late'\n([], [], [])\nTrue\n['cancelled by scope']\nb'after'\n")
}

// TestConnectRefusedAndDatagrams checks errno-mapped exceptions and the
// readiness-wait path (recvfrom/sendto) with a blocked reader.
func TestConnectRefusedAndDatagrams(t *testing.T) {
	src := `
import socket, threading, errno
l = socket.socket(); l.bind(("127.0.0.1", 0)); port = l.getsockname()[1]; l.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused", e.errno == errno.ECONNREFUSED)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0))
got = []
def rd():
    got.append(s.recvfrom(100)[0])
t = threading.Thread(target=rd); t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b"dgram", s.getsockname())
t.join()
print(got)
`
	expect(t, runPy(t, 1, src, nil), "refused True\n[b'dgram']\n")
}

// TestCloseCancelsBlockedCalls: closing a socket that another thread is
// blocked on (accept, recv) cancels the poller operation before the
// descriptor is released, and the blocked call raises OSError(EBADF).
func TestCloseCancelsBlockedCalls(t *testing.T) {
	src := `
import socket, threading, time, errno
srv = socket.create_server(("127.0.0.1", 0))
a, b = socket.socketpair()
out = []
def acceptor():
    try:
        srv.accept()
    except OSError as e:
        out.append(("accept", errno.errorcode[e.errno]))
def reader():
    try:
        b.recv(10)
    except OSError as e:
        out.append(("recv", errno.errorcode[e.errno]))
ts = [threading.Thread(target=acceptor), threading.Thread(target=reader)]
for t in ts:
    t.start()
time.sleep(0.05)
srv.close()
b.close()
for t in ts:
    t.join()
print(sorted(out))
`
	expect(t, runPy(t, 1, src, nil), "[('accept', 'EBADF'), ('recv', 'EBADF')]\n")
}
