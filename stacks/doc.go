// Package stacks provides the two kinds of stack weft's runtime needs.
//
// FrameStack is a segmented stack of Go-heap memory that holds interpreter
// frames. weft's VM is stackless: a Python-to-Python call pushes a frame here
// instead of recursing in Go, so recursion depth is bounded by the Python
// recursion limit rather than by the goroutine stack, and a virtual thread can
// be parked by simply returning to its carrier with its frames left in place.
// Because the memory is ordinary Go heap, the garbage collector scans it and
// the values in it stay alive; nothing in it is hidden from the runtime.
//
// Native stacks (Stack, Pool) are raw memory mapped outside the Go heap, with
// a guard page at the growth end, for the ctxswitch package's machine
// contexts. Go code never runs on them (see package ctxswitch for why); they
// carry assembly and foreign code. The layout arithmetic (base, limit, initial
// stack pointer, guard placement) is pure Go and parameterised by growth
// Direction so that it is tested for upward-growing stacks as well as the
// downward-growing stacks of every platform weft runs on today.
package stacks
