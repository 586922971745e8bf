package vm_test

import "testing"

// BenchmarkMethodCallDeque and BenchmarkMethodCallList call append and pop
// through LOAD_METHOD on a deque and on a list. deque has its own GetAttr
// (for maxlen); before it was marked GetAttrDefersMethods every call
// allocated a bound method and skipped the call-site cache, at about three
// times the list's cost. Their ratio is the measure.
func BenchmarkMethodCallDeque(b *testing.B) {
	benchPython(b, `
from _collections import deque
def bench(n):
    d = deque()
    for i in range(n):
        d.append(i)
        d.pop()
`)
}

func BenchmarkMethodCallList(b *testing.B) {
	benchPython(b, `
def bench(n):
    d = []
    for i in range(n):
        d.append(i)
        d.pop()
`)
}

// BenchmarkListSliceLoop is xs[i:i+1] over a 40 000-element list, the loop
// that took 14 s when a slice copied the whole list first.
func BenchmarkListSliceLoop(b *testing.B) {
	benchPython(b, `
xs = list(range(40000))
def bench(n):
    for i in range(n):
        j = i % 40000
        xs[j:j+1]
`)
}
