package vm_test

import (
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"github.com/weftrun/weft/interp/builtins"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// newInterp makes an interpreter with the builtins and a fresh __main__
// namespace.
func newInterp(t testing.TB) (*vm.Interp, *objects.Dict) {
	t.Helper()
	in := vm.New()
	builtins.Install(in)
	g := objects.NewDict()
	g.SetStr(objects.Interned("__name__"), objects.StrValue("__main__"))
	return in, g
}

func run(t testing.TB, in *vm.Interp, th *vm.Thread, g *objects.Dict, src string) error {
	t.Helper()
	code, err := compile.Compile(src, "<test>", compile.Exec)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	_, err = th.RunCode(code, g, g)
	return err
}

func global(t testing.TB, g *objects.Dict, name string) objects.Value {
	t.Helper()
	v, ok := g.GetStr(objects.Interned(name))
	if !ok {
		t.Fatalf("global %s not set", name)
	}
	return v
}

func repr(t testing.TB, v objects.Value) string {
	t.Helper()
	s, err := objects.Repr(nil, v)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// roundRobin is a minimal scheduler for tests: it runs each parked
// thread in turn, resuming it with the number of the round.
type roundRobin struct {
	queue []*vm.Thread
}

func (s *roundRobin) loop(t *testing.T) {
	round := int64(0)
	for len(s.queue) > 0 {
		th := s.queue[0]
		s.queue = s.queue[1:]
		_, err := th.Run()
		if err == objects.ErrPark {
			round++
			if round == 5 {
				th.Resume(objects.Value{}, objects.Errorf(objects.ValueErrorType, "woken with an error"))
			} else {
				th.Resume(objects.Int(round), nil)
			}
			s.queue = append(s.queue, th)
			continue
		}
		if err != nil {
			t.Fatalf("thread failed: %v", err)
		}
	}
}

// TestParkResume runs two Python threads that park in a built-in and
// checks that they interleave, that the resume value is the built-in's
// result, and that a resume with an exception raises it at the call.
func TestParkResume(t *testing.T) {
	in, g := newInterp(t)
	parks := 0
	in.Builtins.SetStr(objects.Interned("_park_test"), objects.NewBuiltin("_park_test",
		func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			parks++
			return objects.Value{}, objects.ErrPark
		}, nil).Value())
	main := in.NewThread()
	if err := run(t, in, main, g, `
log = []
def worker(name):
    for i in range(3):
        try:
            got = _park_test()
        except ValueError as e:
            got = str(e)
        log.append((name, i, got))
    return name
`); err != nil {
		t.Fatal(err)
	}
	s := &roundRobin{}
	for _, name := range []string{"a", "b"} {
		th := in.NewThread()
		if err := th.Start(global(t, g, "worker"), []objects.Value{objects.StrValue(name)}); err != nil {
			t.Fatal(err)
		}
		s.queue = append(s.queue, th)
	}
	s.loop(t)
	want := "[('a', 0, 1), ('b', 0, 2), ('a', 1, 3), ('b', 1, 4), ('a', 2, 'woken with an error'), ('b', 2, 6)]"
	if got := repr(t, global(t, g, "log")); got != want {
		t.Fatalf("log = %s\nwant  %s", got, want)
	}
	if parks != 6 {
		t.Fatalf("parks = %d, want 6", parks)
	}
}

// TestParkInsideNestedCallIsPinned checks that a park below a Go
// callback (here a sort key) uses the PinnedWait hook: the nested loop
// cannot be unwound, so the goroutine blocks instead.
func TestParkInsideNestedCallIsPinned(t *testing.T) {
	in, g := newInterp(t)
	in.Builtins.SetStr(objects.Interned("_park_test"), objects.NewBuiltin("_park_test",
		func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return objects.Value{}, objects.ErrPark
		}, nil).Value())
	th := in.NewThread()
	pinned := 0
	th.PinnedWait = func(*vm.Thread) (objects.Value, error) { pinned++; return objects.Int(int64(pinned)), nil }
	if err := run(t, in, th, g, `r = sorted([3, 1, 2], key=lambda x: -x + 0 * _park_test())`); err != nil {
		t.Fatal(err)
	}
	if got := repr(t, global(t, g, "r")); got != "[3, 2, 1]" || pinned != 3 {
		t.Fatalf("r = %s, pinned = %d", got, pinned)
	}
}

// TestDeepRecursionUsesNoGoStack runs Python recursion 100 000 deep with
// the Go stack limit lowered to 4 MiB: a recursive Go eval loop would
// need far more (hundreds of bytes of Go frame per Python call), so
// success shows Python calls do not recurse in Go.
func TestDeepRecursionUsesNoGoStack(t *testing.T) {
	in, g := newInterp(t)
	in.SetRecursionLimit(200000)
	old := debug.SetMaxStack(4 << 20)
	defer debug.SetMaxStack(old)
	done := make(chan error, 1)
	go func() {
		th := in.NewThread()
		done <- run(t, in, th, g, `
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
depth = down(100000)
`)
	}()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := repr(t, global(t, g, "depth")); got != "100000" {
		t.Fatalf("depth = %s", got)
	}
}

// TestRecursionLimit checks RecursionError at the default limit.
func TestRecursionLimit(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	err := run(t, in, th, g, `
def f(n):
    return f(n + 1)
f(0)
`)
	e, ok := err.(*objects.Exception)
	if !ok || !e.Matches(objects.RecursionErrorType) || !strings.Contains(e.Error(), "maximum recursion depth exceeded") {
		t.Fatalf("err = %v, want RecursionError", err)
	}
	tb := in.FormatException(th, e)
	if !strings.Contains(tb, "[Previous line repeated") {
		t.Fatalf("traceback does not collapse repeats:\n%s", tb[:min(len(tb), 500)])
	}
}

// TestEvalBreaker checks that the preemption callback runs when the
// breaker is set from another goroutine during a loop.
func TestEvalBreaker(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	var mu sync.Mutex
	fired := 0
	th.Preempt = func(*vm.Thread) { mu.Lock(); fired++; mu.Unlock() }
	th.RequestBreak()
	if err := run(t, in, th, g, "x = 0\nwhile x < 1000:\n    x += 1\n"); err != nil {
		t.Fatal(err)
	}
	if fired != 1 {
		t.Fatalf("preempt callback ran %d times, want 1", fired)
	}
}

// TestSharedContainersStress runs Python code on several goroutines that
// share a list, a dict, a set and module globals. Under -race it proves
// the per-object locking leaves no data race; without it, that nothing
// crashes or loses updates that are individually atomic (append, setitem).
func TestSharedContainersStress(t *testing.T) {
	in, g := newInterp(t)
	setup := in.NewThread()
	if err := run(t, in, setup, g, "shared = []\ncounts = {}\nseen = set()\n"); err != nil {
		t.Fatal(err)
	}
	const workers, iters = 4, 300
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			th := in.NewThread()
			code, err := compile.Compile(`
for i in range(ITERS):
    shared.append(i)
    counts[(W, i)] = i
    seen.add(i % 7)
    total = len(shared) + len(counts)
    last = shared[-1]
    globals()['g%d' % W] = i
`, "<stress>", compile.Exec)
			if err != nil {
				errs <- err
				return
			}
			locals := objects.NewDict()
			locals.SetStr(objects.Interned("W"), objects.Int(int64(w)))
			locals.SetStr(objects.Interned("ITERS"), objects.Int(iters))
			for _, n := range []string{"shared", "counts", "seen"} {
				v, _ := g.GetStr(objects.Interned(n))
				locals.SetStr(objects.Interned(n), v)
			}
			if _, err := th.RunCode(code, g, locals); err != nil {
				errs <- err
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if n := objects.AsList(global(t, g, "shared")).Len(); n != workers*iters {
		t.Fatalf("len(shared) = %d, want %d", n, workers*iters)
	}
	if n := objects.AsDict(global(t, g, "counts")).Len(); n != workers*iters {
		t.Fatalf("len(counts) = %d, want %d", n, workers*iters)
	}
	if n := objects.AsSet(global(t, g, "seen")).D.Len(); n != 7 {
		t.Fatalf("len(seen) = %d, want 7", n)
	}
}
