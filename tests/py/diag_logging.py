import io
import logging
import sys
import threading

# lastResort: no handlers anywhere, WARNING and above go to stderr bare.
logging.getLogger("early").warning("last resort %s", "message")
logging.getLogger("early").info("dropped")

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d: %(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s and %r", "str", "repr")
log.warning("warning")
log.error("error %(key)s", {"key": "mapping"})
log.critical("critical")
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))


def helper():
    logging.getLogger("app.sub").info("from helper")


helper()

# Hierarchy and effective levels.
sub = logging.getLogger("app.sub.leaf")
mid = logging.getLogger("app.sub")
print(sub.parent is mid, mid.parent is log, log.parent is logging.getLogger())
print(logging.getLogger("app.sub") is mid, log.getChild("sub") is mid)
log.setLevel(logging.WARNING)
print(sub.getEffectiveLevel(), sub.isEnabledFor(logging.INFO), sub.isEnabledFor(logging.ERROR))
sub.info("not shown")
sub.error("shown through propagation")
print(repr(log), repr(logging.getLogger()))

# Own handler, propagate=False, formatter with a style.
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{levelname:<8}|{name}|{message}", style="{"))
quiet = logging.getLogger("quiet")
quiet.addHandler(h)
quiet.propagate = False
quiet.warning("to the buffer only")
quiet.info("still at root's level DEBUG? %s", "yes")
print(repr(buf.getvalue()))

# Filters: a Filter by name and a callable.
flt = logging.getLogger("filtered")
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter("F %(name)s %(message)s"))
fh.addFilter(logging.Filter("filtered.ok"))
flt.addHandler(fh)
flt.propagate = False
logging.getLogger("filtered.ok.x").warning("passes the name filter")
logging.getLogger("filtered.no").warning("blocked")
flt.addFilter(lambda r: "secret" not in r.getMessage())
flt.warning("secret blocked at the logger")

# extra and exception info.
ex = logging.getLogger("extra")
eh = logging.StreamHandler(sys.stdout)
eh.setFormatter(logging.Formatter("%(user)s did %(message)s"))
ex.addHandler(eh)
ex.propagate = False
ex.warning("something", extra={"user": "alice"})
try:
    ex.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)


def fail():
    return {}["nope"]


try:
    fail()
except KeyError:
    log.exception("caught %s", "it")
try:
    fail()
except KeyError as err:
    log.error("with exc_info instance", exc_info=err)

# Handler levels and disable().
log.setLevel(logging.DEBUG)
logging.disable(logging.INFO)
log.info("disabled")
log.warning("not disabled")
logging.disable(logging.NOTSET)
log.info("enabled again")

# NullHandler keeps a library quiet without reaching lastResort.
lib = logging.getLogger("library")
lib.addHandler(logging.NullHandler())
lib.propagate = False
lib.error("nobody sees this")

# Threads log whole lines.
tl = logging.getLogger("threads")
th_out = []


class ListHandler(logging.Handler):
    def emit(self, record):
        th_out.append(self.format(record))


lh = ListHandler()
lh.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
tl.addHandler(lh)
tl.propagate = False


def work(n):
    for i in range(50):
        tl.info("n=%d i=%d", n, i)


ts = [threading.Thread(target=work, args=(n,), name="T%d" % n) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(th_out), sorted(th_out)[:2], all(l.startswith("T") for l in th_out))

# basicConfig does nothing when configured, unless force=True.
logging.basicConfig(format="IGNORED %(message)s")
logging.info("root still uses the first format")
logging.basicConfig(force=True, stream=sys.stdout, format="%(name)s|%(levelname)s|%(message)s", level=logging.INFO)
logging.info("forced new config")
logging.debug("below INFO now")
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel("NOPE")
except ValueError as e:
    print("ValueError:", e)
rec = logging.makeLogRecord({"msg": "made %s", "args": ("record",), "levelno": 20})
print(rec.getMessage())
adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"ctx": 1})
adapter.warning("through adapter")
logging.getLogger("stack").warning("with stack", stack_info=True)
