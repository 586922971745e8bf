# A threaded echo server on a loopback port chosen by bind(('127.0.0.1', 0)),
# with clients on virtual threads: accept, recv, sendall, makefile lines,
# shutdown, context managers, getsockname/getpeername, create_connection,
# create_server.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(64)
host, port = srv.getsockname()
print(host, port > 0, srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.gettimeout())


def handle(conn):
    with conn:
        while True:
            data = conn.recv(4096)
            if not data:
                break
            conn.sendall(data[::-1])


def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        assert addr[0] == "127.0.0.1"
        threading.Thread(target=handle, args=(conn,)).start()


N = 50
server = threading.Thread(target=serve, args=(N,))
server.start()
replies = {}
lock = threading.Lock()


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        assert s.getpeername() == ("127.0.0.1", port)
        msg = ("message %d " % i).encode() * (i + 1)
        s.sendall(msg)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            d = s.recv(1000)
            if not d:
                break
            chunks.append(d)
        with lock:
            replies[i] = b"".join(chunks) == msg[::-1]


threads = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
server.join()
print(len(replies), all(replies.values()))
srv.close()
print(srv.fileno())

# Line-oriented protocol through makefile.
with socket.create_server(("127.0.0.1", 0)) as srv2:
    port2 = srv2.getsockname()[1]

    def upper_server():
        conn, _ = srv2.accept()
        with conn, conn.makefile("r") as rf, conn.makefile("w") as wf:
            for line in rf:
                if line.strip() == "quit":
                    wf.write("bye\n")
                    wf.flush()
                    break
                wf.write(line.upper())
                wf.flush()

    t = threading.Thread(target=upper_server)
    t.start()
    with socket.create_connection(("127.0.0.1", port2), timeout=10) as c:
        print(c.gettimeout())
        f = c.makefile("rw")
        for word in ["alpha", "beta", "gamma"]:
            f.write(word + "\n")
            f.flush()
            print(f.readline().rstrip())
        f.write("quit\n")
        f.flush()
        print(f.readline().rstrip(), repr(f.readline()))
        f.close()
    t.join()

# socketpair, recv_into, partial reads.
a, b = socket.socketpair()
with a, b:
    a.sendall(b"0123456789")
    buf = bytearray(4)
    print(b.recv_into(buf), buf)
    print(b.recv(3), b.recv(100))
    a.close()
    print(b.recv(10))
