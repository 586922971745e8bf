# A threaded TCP echo server on loopback with CLIENTS client threads, each
# making ROUNDS request/response round trips: under weft every thread is a
# virtual thread parked on the poller while it waits; under CPython each is
# an OS thread. Same work in both, so the time ratio is the requests/s
# ratio.
import socket
import threading

CLIENTS = 100
ROUNDS = 200

srv = socket.create_server(("127.0.0.1", 0), backlog=CLIENTS)
port = srv.getsockname()[1]


def handle(conn):
    with conn:
        while True:
            data = conn.recv(256)
            if not data:
                return
            conn.sendall(data)


def serve():
    for _ in range(CLIENTS):
        conn, _ = srv.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


checksum = [0] * CLIENTS


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        total = 0
        for r in range(ROUNDS):
            msg = b"%d:%d;" % (i, r)
            s.sendall(msg)
            got = b""
            while len(got) < len(msg):
                got += s.recv(256)
            total += len(got)
        checksum[i] = total


server = threading.Thread(target=serve)
server.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
print("io_echo", CLIENTS * ROUNDS, sum(checksum))
