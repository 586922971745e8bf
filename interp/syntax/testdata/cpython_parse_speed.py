# Helper for BenchmarkParseStdlib: reads file paths on stdin, loads them,
# and prints the best of 3 wall-clock times (seconds) for ast.parse over
# all of them, with the total byte count, as JSON.
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")
srcs = []
for line in sys.stdin:
    with open(line.rstrip("\n"), "rb") as f:
        srcs.append(f.read())
best = None
for _ in range(3):
    t0 = time.perf_counter()
    for s in srcs:
        ast.parse(s)
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(json.dumps({"seconds": best, "bytes": sum(map(len, srcs))}))
