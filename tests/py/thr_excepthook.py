# An exception that ends a thread goes to threading.excepthook with the
# type, value, traceback and thread; the main thread carries on.
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook


def fail(kind):
    raise kind("from " + threading.current_thread().name)


for i, kind in enumerate([ValueError, KeyError, ZeroDivisionError]):
    t = threading.Thread(target=fail, args=(kind,), name="t%d" % i)
    t.start()
    t.join()
print(caught)

# SystemExit in a thread ends it quietly.
def leave():
    raise SystemExit(3)


t = threading.Thread(target=leave)
t.start()
t.join()
print(len(caught), "still running")
print(threading.__excepthook__ is not hook)
