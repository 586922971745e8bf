# time module: monotonic/perf_counter never go backwards; time() is plausible; sleep(0) returns.
import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__)
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(p2 >= p1, total)
print(time.time() > 1.6e9, type(time.time_ns()).__name__, time.monotonic_ns() > 0)
t0 = time.monotonic()
print(time.sleep(0.01), time.monotonic() - t0 >= 0.009)
print(time.sleep(0))
print(callable(time.strftime), time.gmtime(0).tm_year, time.gmtime(86400 * 365).tm_year, time.strftime('%Y-%m-%d', time.gmtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
