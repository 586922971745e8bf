package stacks

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFrameStackModel drives a FrameStack with random pushes and pops and
// checks it against a simple model: every live frame keeps the values written
// into it, new frames are zeroed, frames are disjoint and never straddle
// chunks, and Frames yields them innermost first.
func TestFrameStackModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	s := NewFrameStack[int](4)
	type live struct {
		frame []int
		tag   int
	}
	var model []live
	tag := 0
	for step := 0; step < 20000; step++ {
		if len(model) > 0 && rng.IntN(100) < 45 {
			s.Pop()
			model = model[:len(model)-1]
		} else {
			n := rng.IntN(12)
			if rng.IntN(50) == 0 {
				n = 40 + rng.IntN(100) // larger than the current chunk
			}
			f := s.Push(n)
			if len(f) != n || cap(f) != n {
				t.Fatalf("Push(%d) gave len %d cap %d", n, len(f), cap(f))
			}
			for i, v := range f {
				if v != 0 {
					t.Fatalf("step %d: new frame slot %d = %d, want 0", step, i, v)
				}
			}
			tag++
			for i := range f {
				f[i] = tag*1000 + i
			}
			model = append(model, live{f, tag})
		}
		if s.Depth() != len(model) {
			t.Fatalf("Depth = %d, want %d", s.Depth(), len(model))
		}
		if step%97 == 0 {
			checkFrames(t, s, model)
		}
	}
	for range model {
		s.Pop()
	}
	if s.Depth() != 0 {
		t.Fatalf("Depth after popping all = %d", s.Depth())
	}
}

func checkFrames[L any](t *testing.T, s *FrameStack[int], model []L) {
	t.Helper()
	var got [][]int
	for f := range s.Frames() {
		got = append(got, f)
	}
	if len(got) != len(model) {
		t.Fatalf("Frames yielded %d frames, want %d", len(got), len(model))
	}
	for i, f := range got {
		for j, v := range f {
			if j > 0 && v != f[0]+j {
				t.Fatalf("frame %d (innermost first) slot %d = %d: frame corrupted", i, j, v)
			}
		}
	}
	// Tags must strictly decrease innermost-first (each frame was tagged in
	// push order), proving order and that no frame aliases another.
	prev := int(^uint(0) >> 1)
	for _, f := range got {
		if len(f) == 0 {
			continue
		}
		if f[0]/1000 >= prev {
			t.Fatalf("frames out of order or aliased: tag %d after %d", f[0]/1000, prev)
		}
		prev = f[0] / 1000
	}
}

// TestFrameStackNoMove checks that earlier frames keep their address while
// many later frames are pushed across several chunk boundaries.
func TestFrameStackNoMove(t *testing.T) {
	s := NewFrameStack[*int](2)
	first := s.Push(2)
	x := 7
	first[1] = &x
	addr := &first[0]
	for i := 0; i < 1000; i++ {
		s.Push(3)
	}
	var outer []*int
	for f := range s.Frames() {
		outer = f
	}
	if &outer[0] != addr || outer[1] != &x {
		t.Fatal("outermost frame moved or lost its value after later pushes")
	}
}

// TestFrameStackPopZeroes checks that popped slots are cleared, so the GC
// does not retain the values of dead frames.
func TestFrameStackPopZeroes(t *testing.T) {
	s := NewFrameStack[*int](8)
	f := s.Push(3)
	v := new(int)
	f[0], f[1], f[2] = v, v, v
	s.Pop()
	if f[0] != nil || f[1] != nil || f[2] != nil {
		t.Fatal("Pop left values in the popped frame's slots")
	}
}

// TestFrameStackSpareChunk checks that a call loop crossing a chunk boundary
// does not allocate after the first crossing, and that only one spare chunk
// is retained after a deep recursion unwinds.
func TestFrameStackSpareChunk(t *testing.T) {
	s := NewFrameStack[int](16)
	s.Push(10)
	crossing := func() {
		s.Push(10) // does not fit in the first chunk's remaining 6 slots
		s.Pop()
	}
	crossing()
	if allocs := testing.AllocsPerRun(1000, crossing); allocs != 0 {
		t.Fatalf("push/pop across a chunk boundary allocates %.1f times per op", allocs)
	}
	for i := 0; i < 10000; i++ {
		s.Push(5)
	}
	for i := 0; i < 10000; i++ {
		s.Pop()
	}
	if len(s.chunks) != 2 {
		t.Fatalf("after unwinding, %d chunks retained, want the first plus one spare", len(s.chunks))
	}
	if s.Depth() != 1 {
		t.Fatalf("Depth = %d, want 1", s.Depth())
	}
}

// TestFrameStackMisuse checks the documented panics.
func TestFrameStackMisuse(t *testing.T) {
	for name, f := range map[string]func(){
		"pop empty":     func() { NewFrameStack[int](1).Pop() },
		"negative push": func() { NewFrameStack[int](1).Push(-1) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
	if s := NewFrameStack[int](0); !slices.Equal(s.Push(1), []int{0}) {
		t.Error("NewFrameStack(0) unusable")
	}
}

// BenchmarkFrameStackBoundary measures a call/return that crosses a chunk
// boundary each time; it must report 0 allocs/op.
func BenchmarkFrameStackBoundary(b *testing.B) {
	s := NewFrameStack[any](16)
	s.Push(12)
	b.ReportAllocs()
	for b.Loop() {
		s.Push(8)
		s.Pop()
	}
}

// BenchmarkFrameStackPushPop measures the common case within one chunk.
func BenchmarkFrameStackPushPop(b *testing.B) {
	s := NewFrameStack[any](1024)
	b.ReportAllocs()
	for b.Loop() {
		s.Push(8)
		s.Pop()
	}
}
