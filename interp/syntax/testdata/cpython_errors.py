# Helper for TestErrorsMatchCPython: reads a JSON list of sources on stdin
# and prints, for each, the exception CPython's compile() raises as a JSON
# object (class, msg, lineno, offset, end_lineno, end_offset), or null.
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "<test>", "exec")
        out.append(None)
    except (SyntaxError, RecursionError, MemoryError) as e:
        out.append({"class": type(e).__name__, "msg": getattr(e, "msg", str(e)),
                    "lineno": getattr(e, "lineno", 0) or 0, "offset": getattr(e, "offset", 0) or 0,
                    "end_lineno": getattr(e, "end_lineno", 0) or 0, "end_offset": getattr(e, "end_offset", 0) or 0})
print(json.dumps(out))
