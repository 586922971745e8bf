import threading
import signal

got = []


def handler(signum, frame):
    got.append(signum)
    print("handler got", signal.Signals(signum).name, frame is not None)


print(signal.getsignal(signal.SIGUSR1))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
prev = signal.signal(signal.SIGUSR1, handler)
print(prev, signal.getsignal(signal.SIGUSR1) is handler)

signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)

signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
while len(got) < 2:
    pass
print("after pthread_kill", len(got))

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print(signal.getsignal(signal.SIGUSR2))

try:
    signal.raise_signal(signal.SIGINT)
    for _ in range(3):
        pass
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")


def raising(signum, frame):
    raise RuntimeError("from handler %d" % (signum == signal.SIGTERM))


signal.signal(signal.SIGTERM, raising)
try:
    signal.raise_signal(signal.SIGTERM)
    len("x")
except RuntimeError as e:
    print("RuntimeError:", e)

for bad in (("x", handler), (signal.SIGUSR1, 42), (0, handler)):
    try:
        signal.signal(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(signal.SIGINT == 2, repr(signal.SIGINT), repr(signal.SIG_DFL), int(signal.SIG_IGN))
print(signal.SIGINT in signal.valid_signals())
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))

alarms = []
signal.signal(signal.SIGALRM, lambda s, f: alarms.append(s))
print(signal.alarm(5), signal.alarm(1) in (4, 5))
while not alarms:
    pass
print("alarm fired", alarms == [signal.SIGALRM], signal.alarm(0))
