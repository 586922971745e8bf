# sys struct sequences: named fields, tuple behaviour, repr; sys.stdin attributes; displayhook.
import sys
vi = sys.version_info
print(vi[:2] == (vi.major, vi.minor), vi.releaselevel in ('final', 'beta', 'alpha', 'candidate'), len(vi), isinstance(vi, tuple))
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp, fi.min_10_exp, len(fi), fi[0] == fi.max)
print(repr(fi)[:30], type(fi).__name__, fi.n_sequence_fields if hasattr(fi, 'n_sequence_fields') else 11)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, list(sys.int_info)[:2])
try:
    fi.max = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.mode, sys.stdin.name, sys.stdin.closed, sys.stdin.read())
sys.displayhook(42)
sys.displayhook(None)
print(_)
seen = []
sys.displayhook = seen.append
exec(compile('1 + 2', '<s>', 'single'))
print(seen)
