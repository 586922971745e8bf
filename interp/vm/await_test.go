package vm_test

import (
	"strings"
	"testing"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// await outside async def (DESIGN.md: no function colouring): a plain
// function that awaits stays a plain function and runs the awaitable to
// completion; CPython rejects this code, so it is checked here rather
// than as a golden program.
const awaitPlainSrc = `
class Yield0:
    # Yields None once, the cooperative point asyncio.sleep(0) is.
    def __await__(self):
        yield
        return 'after yield'

async def inner(x):
    r = await Yield0()
    return (x, r)

def plain(x):
    return await inner(x)

class ACM:
    async def __aenter__(self):
        await Yield0()
        log.append('enter')
        return 'cm'
    async def __aexit__(self, *exc):
        log.append(('exit', exc[0]))
        return True

class Ticker:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield0()
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n

async def agen():
    for i in range(3):
        await Yield0()
        yield i * i

def plain_protocols():
    out = []
    async with ACM() as v:
        out.append(v)
        raise ValueError('suppressed by __aexit__')
    async for i in Ticker():
        out.append(i)
    out.append([x async for x in agen()])
    out.append([await inner(k) for k in 'ab'])
    return out

log = []
is_plain = type(plain(1)).__name__
result = plain(1)
protocols = plain_protocols()
gen_flag = plain.__code__.co_flags & 0x20
`

func TestAwaitInPlainFunction(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	if err := run(t, in, th, g, awaitPlainSrc); err != nil {
		t.Fatalf("run: %v", err)
	}
	checks := map[string]string{
		"is_plain":  "'tuple'",
		"result":    "(1, 'after yield')",
		"protocols": "['cm', 1, 2, 3, [0, 1, 4], [('a', 'after yield'), ('b', 'after yield')]]",
		"log":       "['enter', ('exit', <class 'ValueError'>)]",
		"gen_flag":  "0",
	}
	for name, want := range checks {
		if got := repr(t, global(t, g, name)); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
}

// A plain function cannot wait for a future without a scheduler: the
// awaitable yielding anything but None is a clear RuntimeError.
func TestAwaitInPlainFunctionRejectsFuture(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	err := run(t, in, th, g, `
class Future:
    def __await__(self):
        yield self
        return 1
def plain():
    return await Future()
plain()
`)
	if err == nil {
		t.Fatal("await of a yielding future in a plain function succeeded")
	}
	e := objects.AsPyError(err)
	if !e.Matches(objects.RuntimeErrorType) || !strings.Contains(e.Error(), "no scheduler") {
		t.Fatalf("got %v, want RuntimeError about the missing scheduler", err)
	}
}

// TestAwaitParksWithoutPinning parks a thread inside an async generator
// consumed by "async for" and inside a coroutine awaited by a plain
// function. Both run as frames linked in one eval loop, so the park
// returns to the scheduler; a nested Go loop would have no PinnedWait
// hook here and fail instead.
func TestAwaitParksWithoutPinning(t *testing.T) {
	in, g := newInterp(t)
	in.Builtins.SetStr(objects.Interned("_park_test"), objects.NewBuiltin("_park_test",
		func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return objects.Value{}, objects.ErrPark
		}, nil).Value())
	main := in.NewThread()
	if err := run(t, in, main, g, `
async def ticks(n):
    for i in range(n):
        yield (i, _park_test())

async def fetch(x):
    return (x, _park_test())

def worker():
    got = []
    async for item in ticks(2):
        got.append(item)
    got.append(await fetch('f'))
    return got

def run_worker():
    global result
    result = worker()
`); err != nil {
		t.Fatal(err)
	}
	th := in.NewThread()
	if err := th.Start(global(t, g, "run_worker"), nil); err != nil {
		t.Fatal(err)
	}
	s := &roundRobin{queue: []*vm.Thread{th}}
	s.loop(t)
	if got, want := repr(t, global(t, g, "result")), "[(0, 1), (1, 2), ('f', 3)]"; got != want {
		t.Fatalf("worker() = %s, want %s", got, want)
	}
}
