package vm

import "github.com/weftrun/weft/interp/objects"

// FrameObject returns a snapshot (objects.FrameObject) of the frame depth
// levels below the innermost Python frame of t: sys._getframe(depth).
// The snapshot chain through f_back is taken now, since interpreter
// frames are recycled when their call returns; its cost is one small
// allocation per frame up the stack.
func (t *Thread) FrameObject(depth int) (objects.Value, error) {
	fr := t.frame
	for i := 0; i < depth && fr != nil; i++ {
		fr = fr.back
	}
	if fr == nil {
		return objects.Value{}, objects.Errorf(objects.ValueErrorType, "call stack is not deep enough")
	}
	var first, prev *objects.FrameObject
	for ; fr != nil; fr = fr.back {
		f := &objects.FrameObject{Code: fr.code, Globals: fr.globals, Builtins: fr.builtins, Lineno: frameLine(fr)}
		if fr.locals != nil {
			f.Locals = fr.locals.Value()
		} else if fr.fn != nil {
			f.Locals = fastLocals(fr)
		}
		if prev == nil {
			first = f
		} else {
			prev.Back = f
		}
		prev = f
	}
	return objects.NewFrameObject(first), nil
}

// frameLine is the line fr is executing (its last started instruction).
func frameLine(fr *Frame) int {
	ip := fr.ip - 1
	if ip < 0 {
		ip = 0
	}
	if ip < len(fr.code.Positions) {
		return int(fr.code.Positions[ip].Line)
	}
	return fr.code.FirstLine
}

// fastLocals copies a function frame's bound local variables into a dict.
func fastLocals(fr *Frame) objects.Value {
	d := objects.NewDict()
	for i, n := range fr.code.VarNames {
		if i < len(fr.slots) && !fr.slots[i].IsNil() {
			d.SetStr(objects.NewStr(n), fr.slots[i])
		}
	}
	return d.Value()
}
