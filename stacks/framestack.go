package stacks

import "iter"

// FrameStack is a last-in first-out stack of frames, each a window of slots
// of type T, allocated from a list of Go-heap chunks.
//
// Invariants, relied on by the interpreter:
//
//   - A frame never straddles two chunks: when the current chunk cannot hold
//     the requested window, the frame starts at the beginning of the next
//     chunk and the tail of the current one is left unused until the frame is
//     popped. Hence every frame is a plain []T with a single backing array.
//   - Pushing never moves earlier frames. Chunks are never reallocated or
//     copied; a new chunk is appended instead. A []T returned by Push stays
//     valid (and is the only view of those slots) until its frame is popped.
//   - Chunk sizes double, so a stack of depth d costs O(log d) chunk
//     allocations over its lifetime, and Push is O(1) amortised (O(1) worst
//     case apart from the allocation of a new chunk).
//   - One spare chunk is kept. When popping empties a chunk, that chunk is
//     retained as the next one rather than dropped, so a call loop that
//     repeatedly crosses a chunk boundary (call, return, call, return...)
//     allocates only the first time. Chunks beyond the spare are released to
//     the garbage collector.
//   - Pop zeroes the popped slots so a dead frame does not keep its values
//     reachable from the GC's point of view.
//
// A FrameStack is not safe for concurrent use: it belongs to one virtual
// thread, and only the carrier currently running that thread touches it.
type FrameStack[T any] struct {
	// chunks[0..cur] are in use (chunks[cur] is the one being bumped);
	// chunks[cur+1], if present, is the spare. len(chunks) <= cur+2.
	chunks [][]T
	cur    int
	// top is the bump offset into chunks[cur].
	top int
	// frames records each live frame's position, innermost last.
	frames []frameRec
}

// frameRec locates a frame: its chunk, and its start and end offsets in it.
type frameRec struct {
	chunk, lo, hi int32
}

// NewFrameStack returns an empty stack whose first chunk holds firstChunk
// slots (at least 1). Later chunks double in size (and are at least as large
// as the frame that needs them).
func NewFrameStack[T any](firstChunk int) *FrameStack[T] {
	if firstChunk < 1 {
		firstChunk = 1
	}
	return &FrameStack[T]{chunks: [][]T{make([]T, firstChunk)}}
}

// Push allocates a zeroed frame of n slots and returns it. n may be zero (the
// frame still counts towards Depth). n must not be negative; a negative n
// panics, as it is a bug in the caller rather than bad user input.
func (s *FrameStack[T]) Push(n int) []T {
	if n < 0 {
		panic("stacks: FrameStack.Push with negative size")
	}
	c := s.chunks[s.cur]
	if s.top+n > len(c) {
		c = s.nextChunk(n)
	}
	lo := s.top
	s.top += n
	s.frames = append(s.frames, frameRec{int32(s.cur), int32(lo), int32(s.top)})
	// Full slice expression: appending to a frame can never write into the
	// next frame's slots.
	return c[lo:s.top:s.top]
}

// nextChunk moves to the next chunk, reusing the spare when it is big enough,
// and returns it. The bump offset is reset to 0.
func (s *FrameStack[T]) nextChunk(n int) []T {
	next := s.cur + 1
	if next < len(s.chunks) && len(s.chunks[next]) < n {
		// The spare is too small for this frame: replace it.
		s.chunks = s.chunks[:next]
	}
	if next == len(s.chunks) {
		size := 2 * len(s.chunks[s.cur])
		for size < n {
			size *= 2
		}
		s.chunks = append(s.chunks, make([]T, size))
	}
	s.cur = next
	s.top = 0
	return s.chunks[next]
}

// Pop removes the most recent frame and zeroes its slots. Popping an empty
// stack panics: it is a bug in the caller.
func (s *FrameStack[T]) Pop() {
	last := len(s.frames) - 1
	if last < 0 {
		panic("stacks: FrameStack.Pop on empty stack")
	}
	f := s.frames[last]
	s.frames = s.frames[:last]
	clear(s.chunks[f.chunk][f.lo:f.hi])

	// The bump position returns to the end of the innermost remaining frame.
	cur, top := 0, 0
	if last > 0 {
		p := s.frames[last-1]
		cur, top = int(p.chunk), int(p.hi)
	}
	if cur < s.cur {
		// Chunks after cur are empty now. Keep the most recent one (the
		// largest, as sizes double) as the spare and release the rest.
		spare := s.chunks[s.cur]
		clear(s.chunks[cur+1:])
		s.chunks = append(s.chunks[:cur+1], spare)
	}
	s.cur, s.top = cur, top
}

// Depth returns the number of frames on the stack.
func (s *FrameStack[T]) Depth() int { return len(s.frames) }

// Frames yields the live frames, innermost (most recently pushed) first, as
// a traceback walks them. The stack must not be modified during iteration.
func (s *FrameStack[T]) Frames() iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := len(s.frames) - 1; i >= 0; i-- {
			f := s.frames[i]
			if !yield(s.chunks[f.chunk][f.lo:f.hi:f.hi]) {
				return
			}
		}
	}
}
