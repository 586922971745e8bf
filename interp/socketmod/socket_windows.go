package socketmod

import (
	"github.com/weftrun/weft/interp/objects"
)

// socketModule on Windows: the constants, so that socket.py imports, and a
// socket() that fails with a clear OSError. Winsock sockets through the
// IOCP backend (WSASocket with WSA_FLAG_OVERLAPPED, AcceptEx, ConnectEx)
// are not wired to Python yet.
func socketModule() *objects.Module {
	m := objects.NewModule("_socket")
	for name, v := range map[string]int{
		"AF_INET": 2, "AF_INET6": 23, "AF_UNIX": 1, "AF_UNSPEC": 0,
		"SOCK_STREAM": 1, "SOCK_DGRAM": 2, "SOCK_RAW": 3,
		"SOL_SOCKET": 0xffff, "SO_REUSEADDR": 4, "SO_KEEPALIVE": 8, "SO_BROADCAST": 0x20,
		"SO_SNDBUF": 0x1001, "SO_RCVBUF": 0x1002, "SO_ERROR": 0x1007, "SO_TYPE": 0x1008, "SO_LINGER": 0x80,
		"IPPROTO_TCP": 6, "IPPROTO_UDP": 17, "IPPROTO_IP": 0, "IPPROTO_IPV6": 41, "TCP_NODELAY": 1,
		"IPV6_V6ONLY": 27, "SHUT_RD": 0, "SHUT_WR": 1, "SHUT_RDWR": 2, "MSG_PEEK": 2, "MSG_OOB": 1,
		"MSG_WAITALL": 8, "SOMAXCONN": 0x7fffffff, "AI_PASSIVE": 1, "AI_CANONNAME": 2, "AI_NUMERICHOST": 4,
		"INADDR_ANY": 0, "INADDR_LOOPBACK": 0x7f000001,
	} {
		set(m, name, objects.Int(int64(v)))
	}
	notYet := func(name string) {
		def(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			return value{}, objects.Errorf(objects.OSErrorType, "_socket.%s: sockets are not implemented on Windows yet (weft's IOCP poller is not wired to the socket module)", name)
		})
	}
	for _, name := range []string{"socket", "socketpair", "getaddrinfo", "gethostname", "gethostbyname"} {
		notYet(name)
	}
	return m
}

// selectModule on Windows: select() fails clearly (see socketModule).
func selectModule() *objects.Module {
	m := objects.NewModule("select")
	def(m, "select", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return value{}, objects.Errorf(objects.OSErrorType, "select.select is not implemented on Windows yet")
	})
	return m
}
