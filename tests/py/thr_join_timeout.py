# join(timeout) returns when the timeout passes with the thread still alive.
import threading

release = threading.Event()
t = threading.Thread(target=release.wait, name="blocked")
t.start()
t.join(0.02)
print(t.is_alive())
t.join(0)
print(t.is_alive())
release.set()
t.join()
print(t.is_alive())
print(repr(t).startswith("<Thread(blocked, stopped "))
n = threading.Thread(target=print, name="fresh")
print(repr(n))
