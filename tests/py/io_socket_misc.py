# Socket timeouts, non-blocking mode, errors, UDP, select, getaddrinfo on
# numeric hosts.
import errno
import select
import socket
import threading
import time

a, b = socket.socketpair()
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, socket.timeout is TimeoutError)
a.sendall(b"after timeout")
print(b.recv(100))
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
b.setblocking(True)
print(b.gettimeout())

print(select.select([b], [], [], 0))
print(select.select([], [b], [], 0)[1] == [b])
t0 = time.monotonic()
print(select.select([b], [], [], 0.05), time.monotonic() - t0 >= 0.04)


def later():
    time.sleep(0.05)
    a.sendall(b"!")


threading.Thread(target=later).start()
r, w, x = select.select([b, a], [], [])
print(r == [b], b.recv(1))
print(select.select([b.fileno()], [], [], 0))
a.close()
b.close()

# Connection refused on a port that was just closed.
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno == errno.ECONNREFUSED)

# Bind errors.
s1 = socket.socket()
s1.bind(("127.0.0.1", 0))
s1.listen()
s2 = socket.socket()
try:
    s2.bind(s1.getsockname())
except OSError as e:
    print("bind:", errno.errorcode[e.errno])
s1.close()
s2.close()
try:
    socket.socket().bind(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError:", e)
try:
    socket.socket().bind("nope")
except TypeError as e:
    print("TypeError:", e)

# UDP with a reader blocked in recvfrom.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
got = []


def reader():
    for _ in range(3):
        data, addr = u.recvfrom(100)
        got.append((data, addr[0]))


t = threading.Thread(target=reader)
t.start()
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(3):
    v.sendto(b"datagram %d" % i, u.getsockname())
t.join()
print(got)
u.settimeout(0.05)
try:
    u.recvfrom(10)
except TimeoutError as e:
    print("udp timeout:", e)
u.close()
v.close()

# Closed sockets.
s = socket.socket()
s.close()
try:
    s.recv(1)
except OSError as e:
    print("closed:", errno.errorcode[e.errno], s.fileno())

# Names.
for fam, typ, proto, canon, sa in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM):
    print(fam == socket.AF_INET, typ == socket.SOCK_STREAM, proto == socket.IPPROTO_TCP, repr(canon), sa)
print(socket.gethostbyname("127.0.0.1"), type(socket.gethostname()).__name__)
print(socket.AF_INET != socket.AF_INET6, socket.SOCK_STREAM != socket.SOCK_DGRAM, socket.SHUT_RDWR)
