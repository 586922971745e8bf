package vm

import (
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// StartCode prepares the thread to run a module-level code object as its
// outermost frame, the way Start does for a function: Run then executes
// it at nesting level zero, so a blocking call in module code parks the
// thread (returns objects.ErrPark) instead of pinning it. RunCode, by
// contrast, runs the code in a nested loop and suits callers that must
// get the result before returning (imports, exec).
func (t *Thread) StartCode(code *objects.Code, globals, locals *objects.Dict) {
	fr := t.newFrame(code, nil, globals, locals)
	fr.entry = true
	t.frame = fr
	// The module frame counts towards the recursion limit, as in RunCode
	// (popFrame takes it off when it returns).
	t.depth++
}

// FormatStack renders the thread's Python call stack, outermost call
// first, in the format of a traceback's entries ("  File ..., line N, in
// name" and the source line). It is for reports about a thread that is
// not running (a deadlock report, a dump): the caller must make sure the
// thread is parked, since the frames are read without synchronisation.
func (t *Thread) FormatStack() string {
	var head *objects.Traceback
	for fr := t.frame; fr != nil; fr = fr.back {
		ip := fr.ip - 1
		if ip < 0 {
			ip = 0
		}
		var p objects.Position
		if ip < len(fr.code.Positions) {
			p = fr.code.Positions[ip]
		}
		// Col -1: the report quotes the line without carets.
		head = &objects.Traceback{Next: head, Filename: fr.code.Filename, Name: fr.code.Name,
			Line: int(p.Line), EndLine: int(p.EndLine), Col: -1, EndCol: -1, AnchorCol: -1, AnchorEnd: -1,
			Code: fr.code, Globals: fr.globals}
	}
	var b strings.Builder
	t.interp.formatTraceback(&b, head)
	return b.String()
}

// firstValueChunk is the size in slots of a thread's first value-stack
// chunk. Virtual threads are meant to be cheap enough to have a hundred
// thousand of them, so a thread starts with 2 KiB of slots (a few frames
// deep) and the segmented stack doubles its chunks as calls nest deeper.
const firstValueChunk = 128

// DirectCallee returns the callable that the eval loop itself is calling
// at this moment (a call opcode, or a with statement's __enter__), or a nil
// Value. A built-in that may park compares it with itself: only a built-in
// called directly by the loop may return objects.ErrPark, because the loop
// resumes the park by pushing the result as that call's result. A built-in
// called by another built-in (map(time.sleep, ...)) must block through
// PinnedWait instead, as the Go caller cannot be unwound. The field is
// cleared when the call returns, so a nested call always sees nil or its
// own callee, never a stale one.
func (t *Thread) DirectCallee() objects.Value { return t.direct }
