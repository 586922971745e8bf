//go:build linux || darwin

package socketmod

import (
	"context"
	"net"
	"net/netip"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/osmod"
	"github.com/weftrun/weft/interp/vthread"
	"github.com/weftrun/weft/poller"
)

func socketModule() *objects.Module {
	m := objects.NewModule("_socket")
	for name, v := range map[string]int{
		"AF_INET": unix.AF_INET, "AF_INET6": unix.AF_INET6, "AF_UNIX": unix.AF_UNIX, "AF_UNSPEC": unix.AF_UNSPEC,
		"SOCK_STREAM": unix.SOCK_STREAM, "SOCK_DGRAM": unix.SOCK_DGRAM, "SOCK_RAW": unix.SOCK_RAW,
		"SOL_SOCKET": unix.SOL_SOCKET, "SO_REUSEADDR": unix.SO_REUSEADDR, "SO_REUSEPORT": unix.SO_REUSEPORT,
		"SO_KEEPALIVE": unix.SO_KEEPALIVE, "SO_BROADCAST": unix.SO_BROADCAST, "SO_SNDBUF": unix.SO_SNDBUF,
		"SO_RCVBUF": unix.SO_RCVBUF, "SO_ERROR": unix.SO_ERROR, "SO_TYPE": unix.SO_TYPE, "SO_LINGER": unix.SO_LINGER,
		"IPPROTO_TCP": unix.IPPROTO_TCP, "IPPROTO_UDP": unix.IPPROTO_UDP, "IPPROTO_IP": unix.IPPROTO_IP,
		"IPPROTO_IPV6": unix.IPPROTO_IPV6, "TCP_NODELAY": unix.TCP_NODELAY, "IPV6_V6ONLY": unix.IPV6_V6ONLY,
		"SHUT_RD": unix.SHUT_RD, "SHUT_WR": unix.SHUT_WR, "SHUT_RDWR": unix.SHUT_RDWR,
		"MSG_PEEK": unix.MSG_PEEK, "MSG_DONTWAIT": unix.MSG_DONTWAIT, "MSG_WAITALL": unix.MSG_WAITALL,
		"MSG_OOB": unix.MSG_OOB, "SOMAXCONN": unix.SOMAXCONN,
		"AI_PASSIVE": aiPassive, "AI_CANONNAME": aiCanonName, "AI_NUMERICHOST": aiNumericHost,
		"INADDR_ANY": 0, "INADDR_LOOPBACK": 0x7f000001,
	} {
		set(m, name, objects.Int(int64(v)))
	}
	def(m, "socket", sockSocket)
	def(m, "socketpair", sockSocketpair)
	def(m, "close", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("close", args, 0)
		if err != nil {
			return value{}, err
		}
		inflight.cancelAll(fd)
		return objects.None, osmod.Error(unix.Close(fd), "")
	})
	def(m, "bind", sockBind)
	def(m, "listen", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("listen", args, 0)
		if err != nil {
			return value{}, err
		}
		backlog, err := intArg("listen", args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.None, osmod.Error(unix.Listen(fd, backlog), "")
	})
	def(m, "accept", sockAccept)
	def(m, "connect", sockConnect)
	def(m, "recv", sockRecv)
	def(m, "send", sockSend)
	def(m, "recvfrom_nb", sockRecvfrom)
	def(m, "sendto_nb", sockSendto)
	def(m, "wait", sockWait)
	def(m, "shutdown", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("shutdown", args, 0)
		if err != nil {
			return value{}, err
		}
		how, err := intArg("shutdown", args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.None, osmod.Error(unix.Shutdown(fd, how), "")
	})
	def(m, "setsockopt", sockSetsockopt)
	def(m, "getsockopt", sockGetsockopt)
	def(m, "getsockname", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("getsockname", args, 0)
		if err != nil {
			return value{}, err
		}
		sa, err := unix.Getsockname(fd)
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		return sockaddrValue(sa), nil
	})
	def(m, "getpeername", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("getpeername", args, 0)
		if err != nil {
			return value{}, err
		}
		sa, err := unix.Getpeername(fd)
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		return sockaddrValue(sa), nil
	})
	def(m, "getaddrinfo", sockGetaddrinfo)
	def(m, "gethostname", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := os.Hostname()
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		return objects.StrValue(h), nil
	})
	def(m, "gethostbyname", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || objects.AsStr(args[0]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "gethostbyname() argument must be str")
		}
		ips, err := resolve(c, objects.AsStr(args[0]).S, unix.AF_INET)
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(ips[0].String()), nil
	})
	return m
}

// newSocket makes a non-blocking, close-on-exec socket (see the package
// comment for why every descriptor is non-blocking).
func newSocket(family, typ, proto int) (int, error) {
	syscall.ForkLock.RLock()
	fd, err := unix.Socket(family, typ, proto)
	if err == nil {
		unix.CloseOnExec(fd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, err
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

func sockSocket(c objects.Ctx, args []value, kw []string) (value, error) {
	var a [3]int
	for i := range a {
		n, err := intArg("socket", args, i)
		if err != nil {
			return value{}, err
		}
		a[i] = n
	}
	fd, err := newSocket(a[0], a[1], a[2])
	if err != nil {
		return value{}, osmod.Error(err, "")
	}
	return objects.Int(int64(fd)), nil
}

func sockSocketpair(c objects.Ctx, args []value, kw []string) (value, error) {
	var a [3]int
	for i := range a {
		n, err := intArg("socketpair", args, i)
		if err != nil {
			return value{}, err
		}
		a[i] = n
	}
	syscall.ForkLock.RLock()
	fds, err := unix.Socketpair(a[0], a[1], a[2])
	if err == nil {
		unix.CloseOnExec(fds[0])
		unix.CloseOnExec(fds[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return value{}, osmod.Error(err, "")
	}
	for _, fd := range fds {
		if err := unix.SetNonblock(fd, true); err != nil {
			unix.Close(fds[0])
			unix.Close(fds[1])
			return value{}, osmod.Error(err, "")
		}
	}
	return tuple(objects.Int(int64(fds[0])), objects.Int(int64(fds[1]))), nil
}

// resolve turns a host name into addresses of family (AF_UNSPEC: any).
// Numeric addresses and the empty string need no lookup; anything else
// goes through Go's resolver, announced as a blocking call.
func resolve(c objects.Ctx, host string, family int) ([]netip.Addr, error) {
	if host == "" {
		if family == unix.AF_INET6 {
			return []netip.Addr{netip.IPv6Unspecified()}, nil
		}
		return []netip.Addr{netip.IPv4Unspecified()}, nil
	}
	if host == "<broadcast>" {
		return []netip.Addr{netip.AddrFrom4([4]byte{255, 255, 255, 255})}, nil
	}
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a}, nil
	}
	var addrs []netip.Addr
	var lerr error
	vthread.Blocking(c, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		addrs, lerr = net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	})
	var out []netip.Addr
	for _, a := range addrs {
		a = a.Unmap()
		if family == unix.AF_INET && !a.Is4() || family == unix.AF_INET6 && !a.Is6() {
			continue
		}
		out = append(out, a)
	}
	if lerr != nil || len(out) == 0 {
		return nil, gaierror(host)
	}
	return out, nil
}

// gaierror is socket.gaierror for a failed lookup. It is an OSError with
// EAI_NONAME's number (-2 on Linux glibc, 8 on macOS) and the C library's
// message; socket.py turns it into its gaierror class.
func gaierror(host string) error {
	return objects.NewOSError(eaiNoName, "Name or service not known", "")
}

// sockaddr converts a Python address for family into a system one.
func sockaddr(c objects.Ctx, fname string, family int, addr value) (unix.Sockaddr, error) {
	if family == unix.AF_UNIX {
		s := objects.AsStr(addr)
		if s != nil {
			return &unix.SockaddrUnix{Name: s.S}, nil
		}
		if b, ok := objects.BytesLike(addr); ok {
			return &unix.SockaddrUnix{Name: string(b)}, nil
		}
		return nil, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", addr.Type().Name)
	}
	t := objects.AsTuple(addr)
	if t == nil || len(t.Items) < 2 {
		name := "AF_INET"
		if family == unix.AF_INET6 {
			name = "AF_INET6"
		}
		return nil, objects.Errorf(objects.TypeErrorType, "%s(): %s address must be tuple, not %s", fname, name, addr.Type().Name)
	}
	hs := objects.AsStr(t.Items[0])
	if hs == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "str, bytes or bytearray expected, not %s", t.Items[0].Type().Name)
	}
	port, ok := objects.AsInt64(t.Items[1])
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", t.Items[1].Type().Name)
	}
	if port < 0 || port > 65535 {
		return nil, objects.Errorf(objects.OverflowErrorType, "%s(): port must be 0-65535.", fname)
	}
	ips, err := resolve(c, hs.S, family)
	if err != nil {
		return nil, err
	}
	a := ips[0]
	if family == unix.AF_INET6 {
		sa := &unix.SockaddrInet6{Port: int(port), Addr: a.As16()}
		if len(t.Items) >= 4 {
			if id, ok := objects.AsInt64(t.Items[3]); ok {
				sa.ZoneId = uint32(id)
			}
		}
		return sa, nil
	}
	if !a.Is4() {
		return nil, objects.Errorf(objects.OSErrorType, "address family mismatched")
	}
	return &unix.SockaddrInet4{Port: int(port), Addr: a.As4()}, nil
}

// sockaddrValue is the Python form of a system address.
func sockaddrValue(sa unix.Sockaddr) value {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return tuple(objects.StrValue(netip.AddrFrom4(sa.Addr).String()), objects.Int(int64(sa.Port)))
	case *unix.SockaddrInet6:
		return tuple(objects.StrValue(netip.AddrFrom16(sa.Addr).String()), objects.Int(int64(sa.Port)), objects.Int(0), objects.Int(int64(sa.ZoneId)))
	case *unix.SockaddrUnix:
		return objects.StrValue(sa.Name)
	}
	return objects.None
}

func sockBind(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("bind", args, 0)
	if err != nil {
		return value{}, err
	}
	family, err := intArg("bind", args, 1)
	if err != nil {
		return value{}, err
	}
	if len(args) < 3 {
		return value{}, objects.Errorf(objects.TypeErrorType, "bind() takes exactly one argument")
	}
	sa, err := sockaddr(c, "bind", family, args[2])
	if err != nil {
		return value{}, err
	}
	name := ""
	if u, ok := sa.(*unix.SockaddrUnix); ok {
		name = u.Name
	}
	return objects.None, osmod.Error(unix.Bind(fd, sa), name)
}

// inflight records the poller operations in flight on each descriptor, so
// that close() cancels them before it releases the number: the poller's
// contract (an fd's operations are cancelled before it is closed), and
// what keeps a readiness backend from retrying a stale receive on a new
// socket that reused the number. A thread blocked on a socket that another
// thread closes raises OSError(EBADF).
var inflight = inflightOps{ops: map[int]map[*poller.Op]*poller.Poller{}}

type inflightOps struct {
	mu  sync.Mutex
	ops map[int]map[*poller.Op]*poller.Poller
}

// start queues one operation on fd through queue, with a callback that
// forgets it before calling done, and records it until then.
func (r *inflightOps) start(fd int, p *poller.Poller, done poller.Callback, queue func(poller.Callback) *poller.Op) []*poller.Op {
	var op *poller.Op
	finished := false
	o := queue(func(n int, err error) {
		r.mu.Lock()
		finished = true
		if op != nil {
			if m := r.ops[fd]; m != nil {
				delete(m, op)
				if len(m) == 0 {
					delete(r.ops, fd)
				}
			}
		}
		r.mu.Unlock()
		done(n, err)
	})
	r.mu.Lock()
	if !finished {
		op = o
		m := r.ops[fd]
		if m == nil {
			m = map[*poller.Op]*poller.Poller{}
			r.ops[fd] = m
		}
		m[o] = p
	}
	r.mu.Unlock()
	return []*poller.Op{o}
}

// cancelAll cancels every operation in flight on fd.
func (r *inflightOps) cancelAll(fd int) {
	r.mu.Lock()
	m := r.ops[fd]
	delete(r.ops, fd)
	r.mu.Unlock()
	for op, p := range m {
		p.Cancel(op)
	}
}

// again reports a non-blocking call's "try later".
func again(err error) bool { return err == unix.EAGAIN || err == unix.EWOULDBLOCK }

// ioResult converts a poller result's error, mapping the wait's timeout to
// socket.timeout (TimeoutError("timed out")).
func ioResult(err error) error {
	switch err {
	case poller.ErrTimedOut:
		return objects.Errorf(objects.TimeoutErrorType, "timed out")
	case poller.ErrCanceled:
		// Only close() cancels without a reason of its own (timeouts and
		// CancelIO never reach here): the socket is gone.
		return osmod.Error(unix.EBADF, "")
	}
	return osmod.Error(err, "")
}

func sockAccept(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("accept", args, 0)
	if err != nil {
		return value{}, err
	}
	timeout, err := timeoutArg("accept", args, 1)
	if err != nil {
		return value{}, err
	}
	finish := func(nfd int, err error) (value, error) {
		if err != nil {
			return value{}, ioResult(err)
		}
		sa, err := unix.Getpeername(nfd)
		addr := objects.StrValue("")
		if err == nil {
			addr = sockaddrValue(sa)
		}
		return tuple(objects.Int(int64(nfd)), addr), nil
	}
	if timeout == 0 {
		nfd, _, err := unix.Accept(fd)
		if err == nil {
			unix.CloseOnExec(nfd)
			err = unix.SetNonblock(nfd, true)
		}
		return finish(nfd, err)
	}
	return vthread.WaitIO(c, "accept", "socket.accept", timeout, func(p *poller.Poller, done poller.Callback) []*poller.Op {
		return inflight.start(fd, p, done, func(cb poller.Callback) *poller.Op { return p.Accept(fd, cb) })
	}, finish)
}

func sockConnect(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("connect", args, 0)
	if err != nil {
		return value{}, err
	}
	family, err := intArg("connect", args, 1)
	if err != nil {
		return value{}, err
	}
	if len(args) < 3 {
		return value{}, objects.Errorf(objects.TypeErrorType, "connect() takes exactly one argument")
	}
	sa, err := sockaddr(c, "connect", family, args[2])
	if err != nil {
		return value{}, err
	}
	timeout, err := timeoutArg("connect", args, 3)
	if err != nil {
		return value{}, err
	}
	var ap netip.AddrPort
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		ap = netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port))
	case *unix.SockaddrInet6:
		ap = netip.AddrPortFrom(netip.AddrFrom16(sa.Addr), uint16(sa.Port))
	default:
		// AF_UNIX connects at once or says EAGAIN (a full backlog);
		// socket.py waits for writability and retries.
		name := ""
		if u, ok := sa.(*unix.SockaddrUnix); ok {
			name = u.Name
		}
		return objects.None, osmod.Error(unix.Connect(fd, sa), name)
	}
	if timeout == 0 {
		return objects.None, osmod.Error(unix.Connect(fd, sa), "")
	}
	return vthread.WaitIO(c, "connect", "socket.connect", timeout, func(p *poller.Poller, done poller.Callback) []*poller.Op {
		return inflight.start(fd, p, done, func(cb poller.Callback) *poller.Op { return p.Connect(fd, ap, cb) })
	}, func(_ int, err error) (value, error) {
		if err != nil {
			return value{}, ioResult(err)
		}
		return objects.None, nil
	})
}

func sockRecv(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("recv", args, 0)
	if err != nil {
		return value{}, err
	}
	n, err := intArg("recv", args, 1)
	if err != nil {
		return value{}, err
	}
	if n < 0 {
		return value{}, objects.Errorf(objects.ValueErrorType, "negative buffersize in recv")
	}
	flags, err := intArg("recv", args, 2)
	if err != nil {
		return value{}, err
	}
	timeout, err := timeoutArg("recv", args, 3)
	if err != nil {
		return value{}, err
	}
	buf := make([]byte, n)
	finish := func(got int, err error) (value, error) {
		if err != nil {
			return value{}, ioResult(err)
		}
		return objects.BytesValue(buf[:got:got]), nil
	}
	// First one non-blocking call, as Go's netpoller does: when data is
	// already there (a busy connection) the thread does not park and wait
	// for its carrier's next poller round. On EAGAIN, the poller
	// operation; flags (MSG_PEEK...) are not poller operations, so with
	// flags socket.py waits for readability and calls again.
	got, _, err := unix.Recvfrom(fd, buf, flags)
	if err == nil || !again(err) || timeout == 0 || flags != 0 {
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		return finish(got, nil)
	}
	return vthread.WaitIO(c, "recv", "socket.recv", timeout, func(p *poller.Poller, done poller.Callback) []*poller.Op {
		return inflight.start(fd, p, done, func(cb poller.Callback) *poller.Op { return p.Recv(fd, buf, cb) })
	}, finish)
}

func sockSend(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("send", args, 0)
	if err != nil {
		return value{}, err
	}
	data, err := bytesArg("send", args, 1)
	if err != nil {
		return value{}, err
	}
	flags, err := intArg("send", args, 2)
	if err != nil {
		return value{}, err
	}
	timeout, err := timeoutArg("send", args, 3)
	if err != nil {
		return value{}, err
	}
	// One non-blocking call first (see sockRecv): a send that fits in the
	// socket buffer, the usual case, completes without parking.
	n, err := unix.SendmsgN(fd, data, nil, nil, flags|sendNoSignal)
	if err == nil || !again(err) || timeout == 0 || flags != 0 {
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		return objects.Int(int64(n)), nil
	}
	return vthread.WaitIO(c, "send", "socket.send", timeout, func(p *poller.Poller, done poller.Callback) []*poller.Op {
		return inflight.start(fd, p, done, func(cb poller.Callback) *poller.Op { return p.Send(fd, data, cb) })
	}, func(n int, err error) (value, error) {
		if err != nil {
			return value{}, ioResult(err)
		}
		return objects.Int(int64(n)), nil
	})
}

// sockRecvfrom is one non-blocking recvfrom: EAGAIN raises
// BlockingIOError, on which socket.py waits (sockWait) and retries.
func sockRecvfrom(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("recvfrom", args, 0)
	if err != nil {
		return value{}, err
	}
	n, err := intArg("recvfrom", args, 1)
	if err != nil {
		return value{}, err
	}
	flags, err := intArg("recvfrom", args, 2)
	if err != nil {
		return value{}, err
	}
	buf := make([]byte, n)
	got, from, err := unix.Recvfrom(fd, buf, flags)
	if err != nil {
		return value{}, osmod.Error(err, "")
	}
	addr := objects.None
	if from != nil {
		addr = sockaddrValue(from)
	}
	return tuple(objects.BytesValue(buf[:got:got]), addr), nil
}

// sockSendto is one non-blocking sendto (see sockRecvfrom).
func sockSendto(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("sendto", args, 0)
	if err != nil {
		return value{}, err
	}
	data, err := bytesArg("sendto", args, 1)
	if err != nil {
		return value{}, err
	}
	flags, err := intArg("sendto", args, 2)
	if err != nil {
		return value{}, err
	}
	family, err := intArg("sendto", args, 3)
	if err != nil {
		return value{}, err
	}
	if len(args) < 5 {
		return value{}, objects.Errorf(objects.TypeErrorType, "sendto() takes 2 or 3 arguments")
	}
	sa, err := sockaddr(c, "sendto", family, args[4])
	if err != nil {
		return value{}, err
	}
	n, err := unix.SendmsgN(fd, data, nil, sa, flags|sendNoSignal)
	if err != nil {
		return value{}, osmod.Error(err, "")
	}
	return objects.Int(int64(n)), nil
}

// sockWait is wait(fd, writable, timeout): park until fd is readable (or
// writable); TimeoutError when timeout passes first.
func sockWait(c objects.Ctx, args []value, kw []string) (value, error) {
	fd, err := intArg("wait", args, 0)
	if err != nil {
		return value{}, err
	}
	if len(args) < 2 {
		return value{}, objects.Errorf(objects.TypeErrorType, "wait() needs fd, writable, timeout")
	}
	write, err := objects.Truth(c, args[1])
	if err != nil {
		return value{}, err
	}
	timeout, err := timeoutArg("wait", args, 2)
	if err != nil {
		return value{}, err
	}
	return vthread.WaitIO(c, "wait", "socket wait", timeout, func(p *poller.Poller, done poller.Callback) []*poller.Op {
		if write {
			return inflight.start(fd, p, done, func(cb poller.Callback) *poller.Op { return p.PollWritable(fd, cb) })
		}
		return inflight.start(fd, p, done, func(cb poller.Callback) *poller.Op { return p.PollReadable(fd, cb) })
	}, func(_ int, err error) (value, error) {
		if err != nil {
			return value{}, ioResult(err)
		}
		return objects.None, nil
	})
}

func sockSetsockopt(c objects.Ctx, args []value, kw []string) (value, error) {
	var a [3]int
	for i := range a {
		n, err := intArg("setsockopt", args, i)
		if err != nil {
			return value{}, err
		}
		a[i] = n
	}
	if len(args) < 4 {
		return value{}, objects.Errorf(objects.TypeErrorType, "setsockopt() takes 3 arguments")
	}
	if b, ok := objects.BytesLike(args[3]); ok {
		return objects.None, osmod.Error(unix.SetsockoptString(a[0], a[1], a[2], string(b)), "")
	}
	v, ok := objects.AsInt64(args[3])
	if !ok {
		return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[3].Type().Name)
	}
	return objects.None, osmod.Error(unix.SetsockoptInt(a[0], a[1], a[2], int(v)), "")
}

func sockGetsockopt(c objects.Ctx, args []value, kw []string) (value, error) {
	var a [3]int
	for i := range a {
		n, err := intArg("getsockopt", args, i)
		if err != nil {
			return value{}, err
		}
		a[i] = n
	}
	if len(args) >= 4 {
		size, err := intArg("getsockopt", args, 3)
		if err != nil {
			return value{}, err
		}
		s, err := unix.GetsockoptString(a[0], a[1], a[2])
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		b := make([]byte, size)
		copy(b, s)
		return objects.BytesValue(b[:min(len(s), size)]), nil
	}
	v, err := unix.GetsockoptInt(a[0], a[1], a[2])
	if err != nil {
		return value{}, osmod.Error(err, "")
	}
	return objects.Int(int64(v)), nil
}

// sockGetaddrinfo is getaddrinfo(host, port, family, type, proto, flags):
// a list of (family, type, proto, canonname, sockaddr).
func sockGetaddrinfo(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) < 6 {
		return value{}, objects.Errorf(objects.TypeErrorType, "getaddrinfo() needs 6 arguments")
	}
	host := ""
	passive := false
	flags, _ := objects.AsInt64(args[5])
	if flags&aiPassive != 0 {
		passive = true
	}
	switch {
	case args[0].IsNone():
	case objects.AsStr(args[0]) != nil:
		host = objects.AsStr(args[0]).S
	default:
		if b, ok := objects.BytesLike(args[0]); ok {
			host = string(b)
		} else {
			return value{}, objects.Errorf(objects.TypeErrorType, "getaddrinfo() argument 1 must be string or None")
		}
	}
	port := int64(0)
	switch {
	case args[1].IsNone():
	case objects.AsStr(args[1]) != nil:
		p, err := strconv.ParseInt(objects.AsStr(args[1]).S, 10, 32)
		if err != nil {
			np, lerr := net.LookupPort("tcp", objects.AsStr(args[1]).S)
			if lerr != nil {
				return value{}, objects.NewOSError(eaiService, "Servname not supported for ai_socktype", "")
			}
			p = int64(np)
		}
		port = p
	default:
		p, ok := objects.AsInt64(args[1])
		if !ok {
			return value{}, objects.Errorf(objects.OSErrorType, "Int or String expected")
		}
		port = p
	}
	family, _ := objects.AsInt64(args[2])
	typ, _ := objects.AsInt64(args[3])
	proto, _ := objects.AsInt64(args[4])
	var addrs []netip.Addr
	if args[0].IsNone() {
		if passive {
			addrs = []netip.Addr{netip.IPv4Unspecified()}
			if family == unix.AF_INET6 {
				addrs = []netip.Addr{netip.IPv6Unspecified()}
			}
		} else {
			addrs = []netip.Addr{netip.AddrFrom4([4]byte{127, 0, 0, 1})}
			if family == unix.AF_INET6 {
				addrs = []netip.Addr{netip.IPv6Loopback()}
			}
		}
	} else {
		var err error
		if addrs, err = resolve(c, host, int(family)); err != nil {
			return value{}, err
		}
	}
	types := []int64{typ}
	if typ == 0 {
		types = []int64{unix.SOCK_STREAM, unix.SOCK_DGRAM}
	}
	var out []value
	for _, a := range addrs {
		fam := int64(unix.AF_INET)
		var sa unix.Sockaddr = &unix.SockaddrInet4{Port: int(port), Addr: a.As4()}
		if a.Is6() {
			fam = unix.AF_INET6
			sa = &unix.SockaddrInet6{Port: int(port), Addr: a.As16()}
		}
		for _, t := range types {
			pr := proto
			if pr == 0 {
				pr = unix.IPPROTO_TCP
				if t == unix.SOCK_DGRAM {
					pr = unix.IPPROTO_UDP
				}
			}
			out = append(out, tuple(objects.Int(fam), objects.Int(t), objects.Int(pr), objects.StrValue(""), sockaddrValue(sa)))
		}
	}
	return objects.NewList(out).Value(), nil
}
