package bench

import (
	"bufio"
	"bytes"
	"context"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// pythonScript measures CPython's switching mechanisms, each only when its
// module imports, and prints one line per row: "name<TAB>ns" or
// "name<TAB>SKIP<TAB>reason". Each row runs N round trips (2N switches) and
// reports the best of three runs, like the Go rows.
const pythonScript = `
import sys, time, threading
def best(run, n):
    r = []
    for _ in range(3):
        t = time.perf_counter_ns(); run(n); r.append(time.perf_counter_ns() - t)
    return min(r) / (2 * n)
def row(name, fn, n):
    try:
        print(name + "\t" + repr(fn(n)), flush=True)
    except ImportError as e:
        print(name + "\tSKIP\t" + "not installed: " + str(e), flush=True)
    except Exception as e:
        print(name + "\tSKIP\t" + "failed: " + type(e).__name__ + ": " + str(e), flush=True)
def greenlet_switch(n):
    import greenlet
    def body():
        main = greenlet.getcurrent().parent
        while True: main.switch()
    def run(n):
        g = greenlet.greenlet(body)
        for _ in range(n): g.switch()
    return best(run, n)
def gevent_sleep(n):
    import gevent
    def worker(n):
        for _ in range(n): gevent.sleep(0)
    def run(n):
        gevent.joinall([gevent.spawn(worker, n), gevent.spawn(worker, n)])
    return best(run, n)
def asyncio_sleep(n, uv=False):
    import asyncio
    if uv:
        import uvloop
    async def worker(n):
        for _ in range(n): await asyncio.sleep(0)
    async def both(n):
        await asyncio.gather(worker(n), worker(n))
    def run(n):
        loop = uvloop.new_event_loop() if uv else asyncio.new_event_loop()
        try: loop.run_until_complete(both(n))
        finally: loop.close()
    return best(run, n)
def event_pingpong(n):
    a, b = threading.Event(), threading.Event()
    def other(n):
        for _ in range(n):
            a.wait(); a.clear(); b.set()
    def run(n):
        t = threading.Thread(target=other, args=(n,)); t.start()
        for _ in range(n):
            a.set(); b.wait(); b.clear()
        t.join()
    return best(run, n)
row("CPython greenlet.switch", greenlet_switch, 100000)
row("CPython gevent.sleep(0)", gevent_sleep, 10000)
row("CPython asyncio.sleep(0)", asyncio_sleep, 5000)
row("CPython asyncio.sleep(0), uvloop", lambda n: asyncio_sleep(n, True), 5000)
row("CPython threading.Event ping-pong", event_pingpong, 2000)
`

// pythonRows runs the CPython measurements with the interpreter findPython
// chooses. In
// the gevent and asyncio rows two tasks take turns, so each sleep(0) is one
// switch; greenlet and Event rows are round trips of two switches.
func pythonRows() []Row {
	names := []string{"CPython greenlet.switch", "CPython gevent.sleep(0)", "CPython asyncio.sleep(0)",
		"CPython asyncio.sleep(0), uvloop", "CPython threading.Event ping-pong"}
	skipAll := func(why string) []Row {
		rows := make([]Row, len(names))
		for i, n := range names {
			rows[i] = Row{Name: n, Skip: why}
		}
		return rows
	}
	py, missing := findPython()
	if py == "" {
		return skipAll(missing)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, py, "-c", pythonScript)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	got := map[string]Row{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 3 && f[1] == "SKIP":
			got[f[0]] = Row{Name: f[0], Skip: f[2]}
		case len(f) == 2:
			if ns, perr := strconv.ParseFloat(f[1], 64); perr == nil {
				got[f[0]] = Row{Name: f[0], Ns: ns}
			}
		}
	}
	rows := make([]Row, len(names))
	for i, n := range names {
		r, ok := got[n]
		if !ok {
			why := "python3 did not report it"
			if err != nil {
				why = "python3 failed: " + strings.TrimSpace(lastLine(stderr.String()))
			}
			r = Row{Name: n, Skip: why}
		}
		rows[i] = r
	}
	return rows
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
