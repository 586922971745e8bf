# selectors.DefaultSelector driving a single-threaded echo server over
# socketpairs and a loopback listener.
import selectors
import socket

sel = selectors.DefaultSelector()
pairs = [socket.socketpair() for _ in range(3)]
for i, (a, b) in enumerate(pairs):
    b.setblocking(False)
    key = sel.register(b, selectors.EVENT_READ, data="conn%d" % i)
    print(key.events == selectors.EVENT_READ, key.data, key.fileobj is b)
print(len(sel.get_map()), sel.get_key(pairs[1][1]).data)
print(sel.select(0))
pairs[2][0].sendall(b"two")
pairs[0][0].sendall(b"zero")
events = sel.select(5)
print(sorted((key.data, mask) for key, mask in events))
for key, mask in events:
    data = key.fileobj.recv(100)
    key.fileobj.sendall(data.upper())
print(pairs[0][0].recv(100), pairs[2][0].recv(100))
sel.modify(pairs[1][1], selectors.EVENT_READ | selectors.EVENT_WRITE, data="rw")
print([(k.data, m) for k, m in sel.select(0)])
sel.unregister(pairs[1][1])
try:
    sel.get_key(pairs[1][1])
except KeyError:
    print("KeyError after unregister")
try:
    sel.register(pairs[0][1], selectors.EVENT_READ)
except KeyError:
    print("KeyError on double register")
try:
    sel.register(pairs[1][1], 0)
except ValueError as e:
    print("ValueError:", e)

# A listener: accept, read, reply, all driven by the selector.
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, data="listener")
c = socket.create_connection(srv.getsockname())
served = []
while not served:
    for key, mask in sel.select(5):
        if key.data == "listener":
            conn, _ = srv.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data="client")
            c.sendall(b"ping")
        elif key.data == "client":
            msg = key.fileobj.recv(100)
            key.fileobj.sendall(msg + b" pong")
            served.append(msg)
            sel.unregister(key.fileobj)
            key.fileobj.close()
print(served, c.recv(100))
c.close()
sel.close()
srv.close()
for a, b in pairs:
    a.close()
    b.close()
