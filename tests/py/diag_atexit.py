import atexit
import gc
import sys
import threading


def say(msg, *, end="\n"):
    print("atexit:", msg, end=end)


class Bad:
    def __repr__(self):
        return "<Bad callback>"

    def __call__(self):
        raise ValueError("callback failed")


atexit.register(say, "registered first")


@atexit.register
def decorated():
    print("atexit: decorated, registered second")


atexit.register(Bad())
atexit.register(say, "registered fourth", end="!\n")
atexit.register(say, "to be removed")
atexit.unregister(say)
atexit.register(say, "registered after unregister")


def worker():
    print("worker thread done")


t = threading.Thread(target=worker)
t.start()
t.join()

print("gc.collect ->", gc.collect(), gc.collect(0))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000, 20)
print(gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(object()), gc.is_tracked(Bad()))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
print("main done")
sys.stdout.flush()
