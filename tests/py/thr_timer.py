# threading.Timer: runs after its interval unless cancelled first.
import threading

fired = []
t = threading.Timer(0.02, fired.append, args=["first"])
t.start()
t.join()
print(fired)

c = threading.Timer(10, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

k = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"key": "value"})
k.start()
k.join()
print(fired)
