package vm

import "github.com/weftrun/weft/interp/objects"

var nameSend = objects.Interned("send")

// sendStackless runs one step of `yield from it` (SEND with the sent value
// v) as a frame when the step is Python code that is not a generator
// (generators are resumed by SEND itself): a map/filter/zip/enumerate
// object computed by Python (objects.IterGenerator), or an instance of a
// Python class whose __next__ (v is None) or send is a Python function,
// pushed with retSend so its StopIteration becomes the expression's value
// in unwind. It reports false when the step must run from Go, as before.
// On true, t.frame is the frame to continue in.
func (t *Thread) sendStackless(fr *Frame, it, v value,
	dunder func(*objects.Function, []value, retKind, value, value, int) error) (bool, error) {
	if v.IsNone() {
		if g := asGenerator(objects.IterGenerator(it)); g != nil {
			nf, err := t.resumeGenFrame(fr, g, objects.None)
			if err == errGenExhausted {
				fr.slots[fr.sp-1] = objects.None
				fr.ip = forIterTarget(fr)
				t.frame = fr
				return true, nil
			}
			if err != nil {
				return false, err
			}
			t.frame = nf
			return true, nil
		}
	}
	if it.Type().Builtin {
		return false, nil
	}
	name, args := nameSend, []value{it, v}
	if v.IsNone() {
		name, args = nameNext, []value{it}
	}
	f := pyDunder(it, name)
	if f == nil {
		return false, nil
	}
	return true, dunder(f, args, retSend, value{}, value{}, 0)
}
