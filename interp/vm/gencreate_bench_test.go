package vm_test

import "testing"

// BenchmarkGeneratorCreate creates and drops one generator per iteration
// (never started): the cost of a generator function's call.
func BenchmarkGeneratorCreate(b *testing.B) {
	benchPython(b, `
def g(a, b):
    yield a
    yield b
def bench(n):
    for i in range(n):
        g(i, n)
`)
}

// BenchmarkCoroutineCreate creates and closes one coroutine per iteration.
func BenchmarkCoroutineCreate(b *testing.B) {
	benchPython(b, `
async def c(a):
    return a
def bench(n):
    for i in range(n):
        c(i).close()
`)
}
