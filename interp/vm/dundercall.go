package vm

import "github.com/weftrun/weft/interp/objects"

// Built-ins that are one dunder call: len(), hash(), abs(), format(),
// iter() and next().
//
// len(x) is x's class's __len__ plus a check of the result. When that
// method is a Python function, the built-in's Redirect hook (see
// docs/stackless.md) returns one of the DunderCall markers below instead
// of a Python version: CALL then pushes the method's frame itself, with a
// return handler (retLen, retHash, retIter, retFormatStr, retPush) that
// applies the built-in's check — no intermediate Python frame, no Go
// recursion, and the traceback shows the method as in CPython. The
// markers are static values: choosing one allocates nothing.

// dunderCall is a marker: call the dunder name of the first argument's
// class, finishing with kind. withSpec says the call is format(): a
// missing spec argument is the empty string.
type dunderCall struct {
	objects.Header
	name     *objects.Str
	kind     retKind
	withSpec bool
}

var dunderCallType = objects.NewNativeType("dunder_call")

func newDunderCall(name string, kind retKind, withSpec bool) objects.Value {
	d := &dunderCall{name: objects.Interned(name), kind: kind, withSpec: withSpec}
	objects.SetHeaderType(&d.Header, dunderCallType)
	return objects.FromHeader(&d.Header)
}

// The markers a Redirect hook returns for a call whose first argument's
// class defines the dunder as a Python function (the hook checks that,
// with PythonDunder).
var (
	DunderCallLen    = newDunderCall("__len__", retLen, false)
	DunderCallHash   = newDunderCall("__hash__", retHash, false)
	DunderCallAbs    = newDunderCall("__abs__", retPush, false)
	DunderCallFormat = newDunderCall("__format__", retFormatStr, true)
	DunderCallIter   = newDunderCall("__iter__", retIter, false)
	DunderCallNext   = newDunderCall("__next__", retPush, false)
	// DunderCallNextGen is next(gen) for a generator gen (exactly the
	// generator type): CALL resumes gen as a frame; a value it yields is
	// the call's result (YIELD pushes it where CALL's result goes), and
	// its return raises StopIteration with the returned value (RETURN's
	// case for a generator finishing under CALL).
	DunderCallNextGen = nextGenCall
)

var nextGenCall = newDunderCall("", retPush, false)

// PythonDunder reports whether v's class defines name as a Python
// function (not inherited from a built-in class, not None).
func PythonDunder(v objects.Value, name *objects.Str) bool { return pyDunder(v, name) != nil }

// asDunderCall returns the marker fn is, or nil.
func asDunderCall(fn objects.Value) *dunderCall {
	if fn.Type() != dunderCallType {
		return nil
	}
	return (*dunderCall)(fn.Ptr())
}

// dunderCallArgs returns the method and its arguments for the marker d
// and the call's arguments, or nil when the method is no longer a Python
// function (the class changed between the hook and the call: run the
// built-in).
func dunderCallArgs(d *dunderCall, args []objects.Value) (*objects.Function, []objects.Value) {
	f := pyDunder(args[0], d.name)
	if f == nil {
		return nil, nil
	}
	callArgs := append(make([]objects.Value, 0, 2), args...)
	if d.withSpec && len(callArgs) == 1 {
		callArgs = append(callArgs, objects.StrValue(""))
	}
	return f, callArgs
}

// finishBuiltinDunder applies the built-in's check to r, the result of
// the method a marker called, and pushes the built-in's result on fr.
func finishBuiltinDunder(t *Thread, fr *Frame, kind retKind, r objects.Value) error {
	switch kind {
	case retLen:
		if _, fits := objects.AsInt64(r); objects.IsInt(r) && !fits {
			return objects.Errorf(objects.OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		n, err := objects.IndexOf(t, r)
		if err != nil {
			return err
		}
		if n < 0 {
			return objects.Errorf(objects.ValueErrorType, "__len__() should return >= 0")
		}
		fr.push(objects.Int(n))
	case retHash:
		// As CPython's slot_tp_hash: a machine-word int is the hash (-1
		// is reserved), a larger one is hashed as an int.
		if !objects.IsInt(r) {
			return objects.Errorf(objects.TypeErrorType, "__hash__ method should return an integer")
		}
		n, ok := objects.AsInt64(r)
		if !ok {
			var err error
			if n, err = objects.Hash(t, r); err != nil {
				return err
			}
		}
		if n == -1 {
			n = -2
		}
		fr.push(objects.Int(n))
	case retFormatStr:
		s := objects.AsStr(r)
		if s == nil {
			return objects.Errorf(objects.TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
		}
		fr.push(objects.StrValue(s.S))
	}
	return nil
}
