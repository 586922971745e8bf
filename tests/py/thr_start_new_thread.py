# The low-level _thread module: start_new_thread, allocate_lock used as a
# completion signal, get_ident.
import _thread

done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, c=None):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(out, type(ident).__name__)
print(isinstance(_thread.allocate_lock(), _thread.LockType))
print(_thread.TIMEOUT_MAX > 0)
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError:", e)
