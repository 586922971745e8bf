import sys
import traceback


def inner(x):
    return 10 / x


def outer():
    return inner(0) + 1


try:
    outer()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    print(repr(traceback.format_exc().splitlines()[-1]))
    e = sys.exception()
    print(sys.exc_info()[1] is e)
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename.endswith("diag_traceback.py"), fs.lineno, fs.name, repr(fs.line))
    print(len(list(traceback.walk_tb(tb))), tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    print(traceback.format_exception_only(e))

print(sys.exception())


def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad value") from k


try:
    chained()
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")
    print(lines[-1], end="")


def context():
    try:
        int("x")
    except ValueError:
        undefined_name_here


try:
    context()
except NameError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("--- no chain")
    traceback.print_exception(e, file=sys.stdout, chain=False)
    print("--- limit 1")
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, file=sys.stdout, chain=False)

try:
    raise ExceptionGroup("many", [ValueError("one"), TypeError("two")])
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)

try:
    err = RuntimeError("noted")
    err.add_note("first note")
    err.add_note("second note")
    raise err
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, len(te.stack), te.stack[0].name)
    print("".join(te.format_exception_only()), end="")
    print("".join(te.format()), end="")


def show_stack():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()


st = show_stack()
print([(f.name, f.lineno) for f in st])
print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
fs = traceback.FrameSummary("a.py", 3, "f", line="  y = 2  ")
print(fs, fs.line, tuple(fs), fs == ("a.py", 3, "f", "y = 2"))


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(ValueError, ValueError("v")))
