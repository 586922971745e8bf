# time.gmtime / struct_time fields / strftime directives / mktime round trip.
import time
t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1], len(t))
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %I %y %w %%', t))
print(time.strftime('%c | %x | %X | %D | %F | %R | %e', t))
print(time.gmtime(0)[:6], time.strftime('%Z', time.gmtime(0)), time.gmtime(86399.9).tm_sec, time.gmtime(-1).tm_year)
print(isinstance(t, tuple), type(t).__name__, time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)).tm_mday)
print(time.asctime(time.gmtime(0)), type(time.mktime(time.localtime())).__name__)
lt = time.localtime(1000000)
print(abs(time.mktime(lt) - 1000000) < 1, time.monotonic_ns() > 0, isinstance(time.perf_counter_ns(), int))
for bad in ["time.gmtime('x')", "time.strftime(5)", "time.struct_time((1, 2))", "time.sleep('x')"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
