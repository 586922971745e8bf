"""A threaded TCP echo server and 1000 clients, every one a virtual thread.

The server accepts on a loopback port and starts one thread per connection,
the way a blocking-socket server is written for CPython; 1000 client threads
each make ROUNDS request/response round trips. Under weft each blocked recv,
send, accept and connect parks its virtual thread on the poller of its
carrier's P (io_uring on Linux, epoll where io_uring is unavailable, kqueue
on macOS), so the 2000 threads need only as many OS threads as there are
Ps. CPython runs the same program on 2000 OS threads.

Run it:  weft examples/echo_server.py     (or: python3 examples/echo_server.py)
         weft -X procs=1 examples/echo_server.py   (all of it on one carrier)
"""
import socket
import threading
import time

CLIENTS = 1000
ROUNDS = 20

server = socket.create_server(("127.0.0.1", 0), backlog=CLIENTS)
port = server.getsockname()[1]


def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                return
            conn.sendall(data)


def accept_loop():
    for _ in range(CLIENTS):
        conn, _ = server.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


done = 0
lock = threading.Lock()


def client(i):
    global done
    with socket.create_connection(("127.0.0.1", port)) as s:
        for r in range(ROUNDS):
            msg = b"client %d round %d\n" % (i, r)
            s.sendall(msg)
            got = b""
            while len(got) < len(msg):
                chunk = s.recv(1024)
                if not chunk:
                    raise ConnectionError("server closed the connection")
                got += chunk
            assert got == msg, (got, msg)
    with lock:
        done += 1


start = time.monotonic()
acceptor = threading.Thread(target=accept_loop)
acceptor.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
acceptor.join()
elapsed = time.monotonic() - start
server.close()
print(f"{done} clients x {ROUNDS} round trips in {elapsed:.2f} s: "
      f"{done * ROUNDS / elapsed:,.0f} requests/s")
