package objects

import (
	"strings"
	"sync"
	"testing"
)

func iadd(t *testing.T, a Value, piece string) Value {
	t.Helper()
	r, err := InPlace(nil, a, StrValue(piece), OpAdd)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// An older view of a += buffer must not see (or be overwritten by) a
// later append: extending it copies instead.
func TestStrInPlaceAddKeepsOlderViews(t *testing.T) {
	base := StrValue(strings.Repeat("x", minTailLen))
	a1 := iadd(t, base, "1")
	a2 := iadd(t, a1, "2")
	b := iadd(t, a1, "3") // a1 is no longer the newest view
	a3 := iadd(t, a2, "4")
	want := map[string]Value{"1": a1, "12": a2, "13": b, "124": a3}
	for suffix, v := range want {
		if got := AsStr(v).S; got != strings.Repeat("x", minTailLen)+suffix {
			t.Errorf("view ending %q reads %q", suffix, got[minTailLen:])
		}
	}
	if AsStr(a2).tail != AsStr(a3).tail {
		t.Error("appending to the newest view did not reuse its buffer")
	}
	if AsStr(b).tail == AsStr(a1).tail {
		t.Error("appending to an older view reused the shared buffer")
	}
	if r := iadd(t, a3, ""); !r.Is(a3) {
		t.Error("s += '' did not return s")
	}
}

// Two carriers extending the same str at once: each result must be the
// str plus its own pieces, whichever wins the buffer.
func TestStrInPlaceAddConcurrent(t *testing.T) {
	base := iadd(t, StrValue(strings.Repeat("x", minTailLen)), "!")
	var wg sync.WaitGroup
	results := make([]string, 4)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := base
			for range 200 {
				r, err := InPlace(nil, s, StrValue(string(rune('a'+g))), OpAdd)
				if err != nil {
					t.Error(err)
					return
				}
				s = r
			}
			results[g] = AsStr(s).S
		}()
	}
	wg.Wait()
	for g, s := range results {
		want := AsStr(base).S + strings.Repeat(string(rune('a'+g)), 200)
		if s != want {
			t.Errorf("goroutine %d built a wrong string (len %d, want %d)", g, len(s), len(want))
		}
	}
}
