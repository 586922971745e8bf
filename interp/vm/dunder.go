package vm

import (
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// Stackless dunder dispatch (see docs/stackless.md).
//
// When an opcode's slow path finds that the method it must run is a
// Python function — a class's __getitem__, a property getter, __next__ in
// a for loop, the left operand's __add__ — the eval loop does not call it
// through Thread.Call (a nested Go loop that pins the thread if the method
// parks). It pushes the method's frame like any Python call, marked with a
// retKind. When that frame returns, the Return opcode hands the value to
// finishDunder instead of pushing it on the caller's stack; finishDunder
// does what the Go protocol code would have done with the result: check
// its type, turn it into a bool, drop it, or — for an operator that
// returned NotImplemented — start the next candidate method, which may
// push another frame. The caller's state between the two is only what the
// frame records (retA, retB, retOp): nothing lives in Go locals, so the
// thread can park inside the method and resume on any carrier.
//
// Exceptions leave a dunder frame through unwind like any other, with one
// translation: StopIteration out of a for loop's __next__ ends the loop
// (retForIter).

// retKind says what the eval loop does with the value a dunder frame
// returns. The zero value is an ordinary call: push it.
type retKind uint8

const (
	retPush       retKind = iota // push the result
	retDiscard                   // drop it (__setitem__, __setattr__, __set__, __exit__)
	retTruth                     // __bool__: the operand becomes the bool, the opcode runs again
	retLenTruth                  // __len__ in a condition: as retTruth with len != 0
	retTruthOrPop                // __bool__ (retOp 0) or __len__ (1) for JUMP_IF_TRUE/FALSE_OR_POP
	retContains                  // __contains__: push bool(result), negated if retOp says so
	retBinary                    // operator method: NotImplemented tries the next candidate
	retCompare                   // rich comparison: as retBinary
	retForIter                   // __next__ of a for loop: StopIteration ends the loop
	retSeqIter                   // __getitem__ of the iteration fallback: IndexError/StopIteration end the loop
	retIter                      // __iter__: the result must be an iterator
	retMethod                    // attribute fetched for LOAD_METHOD: push it and "no self"
	retExitTruth                 // __exit__ after an exception: push bool(result)
	retStr                       // __str__ of an f-string field: a str, then formatted by retA's spec
	retRepr                      // __repr__ of an f-string field: as retStr
	retFormat                    // __format__ of an f-string field: must be a str
	retNew                       // Python __new__ of class retA: then __init__ with retB's arguments
	retSend                      // __next__/send of a Python iterator under yield from (SEND): StopIteration's value is the result
	retLen                       // __len__ called by len(): an index >= 0 (dundercall.go)
	retHash                      // __hash__ called by hash(): an int, reduced to a hash
	retFormatStr                 // __format__ called by format(): must be a str
	retClassBody                 // a class body (classbuild.go): retA is the classBuild; push the class finishClass makes
	retClassHook                 // __set_name__ or __init_subclass__ of a new class (classhooks.go): run the next hook
)

// Interned dunder names the eval loop looks up.
var (
	nameGetItem      = objects.Interned("__getitem__")
	nameSetItem      = objects.Interned("__setitem__")
	nameDelItem      = objects.Interned("__delitem__")
	nameGetAttr      = objects.Interned("__getattr__")
	nameSetAttr      = objects.Interned("__setattr__")
	nameDelAttr      = objects.Interned("__delattr__")
	nameGet          = objects.Interned("__get__")
	nameSet          = objects.Interned("__set__")
	nameDelete       = objects.Interned("__delete__")
	nameBool         = objects.Interned("__bool__")
	nameLen          = objects.Interned("__len__")
	nameContains     = objects.Interned("__contains__")
	nameIter         = objects.Interned("__iter__")
	nameNext         = objects.Interned("__next__")
	nameEnter        = objects.Interned("__enter__")
	nameExit         = objects.Interned("__exit__")
	nameCall         = objects.Interned("__call__")
	nameNeg          = objects.Interned("__neg__")
	namePos          = objects.Interned("__pos__")
	nameInvert       = objects.Interned("__invert__")
	nameEq           = objects.Interned("__eq__")
	nameStr          = objects.Interned("__str__")
	nameRepr         = objects.Interned("__repr__")
	nameFormat       = objects.Interned("__format__")
	nameGetAttribute = getattributeName
)

// pyDunder returns the Python function that implements name for v's
// class, or nil when the class is built in or the attribute found is not
// a plain Python function (a built-in slot, a staticmethod...): the Go
// protocol path handles those. Like CPython, it looks on the type only.
func pyDunder(v value, name *objects.Str) *objects.Function {
	tp := v.Type()
	if tp.Builtin {
		return nil
	}
	m, ok := tp.Lookup(name)
	if !ok {
		return nil
	}
	return objects.AsFunction(m)
}

// pushDunder starts f(args...) as a frame above fr whose result goes to
// kind's handler. fr.sp must already be where the handler expects it.
// A generator function runs no code when called: then no frame is pushed
// and gen is its result, which the caller handles at once.
func (t *Thread) pushDunder(fr *Frame, f *objects.Function, args []value, kind retKind, a, b value, op int) (nf *Frame, gen value, err error) {
	nf, err = t.newCallFrame(f, args, nil)
	// The frame has its copy; do not let the hook scratch keep objects
	// alive (hookargs.go).
	t.hookArgs = [3]value{}
	if err != nil {
		return nil, value{}, err
	}
	if nf.gen != nil {
		return nil, nf.gen.Value(), nil
	}
	nf.ret, nf.retA, nf.retB, nf.retOp = kind, a, b, int32(op)
	if err := t.pushFrame(fr, nf); err != nil {
		return nil, value{}, err
	}
	return nf, value{}, nil
}

// push appends v to fr's operand stack.
func (fr *Frame) push(v value) {
	fr.slots[fr.sp] = v
	fr.sp++
}

// finishDunder delivers r, the result of a dunder frame of the given kind,
// to fr (now the current frame). It may push a further frame (the next
// operator candidate); the loop continues in t.frame either way.
func (t *Thread) finishDunder(fr *Frame, kind retKind, a, b value, op int32, r value) error {
	switch kind {
	case retDiscard:
	case retTruth:
		if !r.IsBool() {
			return objects.Errorf(objects.TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		fr.slots[fr.sp-1] = r
		fr.ip--
	case retLenTruth:
		n, err := objects.IndexOf(t, r)
		if err != nil {
			return err
		}
		if n < 0 {
			return objects.Errorf(objects.ValueErrorType, "__len__() should return >= 0")
		}
		fr.slots[fr.sp-1] = objects.Bool(n != 0)
		fr.ip--
	case retTruthOrPop:
		var b bool
		if op == 0 {
			if !r.IsBool() {
				return objects.Errorf(objects.TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			b = r.IsTrue()
		} else {
			n, err := objects.IndexOf(t, r)
			if err != nil {
				return err
			}
			if n < 0 {
				return objects.Errorf(objects.ValueErrorType, "__len__() should return >= 0")
			}
			b = n != 0
		}
		// The operand stays for the jump, goes otherwise.
		jump, target := compile.Decode(fr.code.Instrs[fr.ip-1])
		if b == (jump == compile.JumpIfTrueOrPop) {
			fr.ip = target
		} else {
			fr.sp--
			fr.slots[fr.sp] = value{}
		}
	case retContains, retExitTruth:
		ok, err := objects.Truth(t, r)
		if err != nil {
			return err
		}
		fr.push(objects.Bool(ok != (op == 1)))
	case retBinary:
		if r.IsNotImplemented() {
			return t.binaryFrom(fr, a, b, op)
		}
		fr.push(r)
	case retCompare:
		if r.IsNotImplemented() {
			return t.compareFrom(fr, a, b, objects.CompareOp(op&0xff), int(op>>8&0xff)+1)
		}
		if op&compareNegate != 0 {
			ok, err := objects.Truth(t, r)
			if err != nil {
				return err
			}
			r = objects.Bool(!ok)
		}
		fr.push(r)
	case retLen, retHash, retFormatStr:
		return finishBuiltinDunder(t, fr, kind, r)
	case retClassBody:
		return t.finishClass(fr, a)
	case retClassHook:
		return t.runClassHooks(fr, a)
	case retIter:
		if r.Type().Next == nil {
			return objects.Errorf(objects.TypeErrorType, "iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		fr.push(r)
	case retStr, retRepr, retFormat:
		s := objects.AsStr(r)
		if s == nil {
			switch kind {
			case retStr:
				return objects.Errorf(objects.TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
			case retRepr:
				return objects.Errorf(objects.TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
			}
			return objects.Errorf(objects.TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
		}
		if spec := objects.AsStr(a); kind != retFormat && spec.S != "" {
			f, err := objects.Format(t, objects.StrValue(s.S), spec.S)
			if err != nil {
				return err
			}
			r = objects.StrValue(f)
		} else if r.Type() != objects.StrType {
			r = objects.StrValue(s.S)
		}
		fr.push(r)
	case retNew:
		return t.afterNew(fr, objects.AsType(a), b, r)
	case retMethod:
		fr.push(r)
		fr.push(value{})
	default:
		fr.push(r)
	}
	return nil
}

// Binary operators. The candidates for a op b are, in CPython's order,
// the reflected method of b first when b's class is a proper subclass of
// a's, then a's method, then b's reflected method; for a op= b the
// in-place method of a comes before all. Each candidate is a Python
// function (run as a frame) or a Go slot of a built-in class (called
// directly: it runs no Python code). retOp of a retBinary frame packs the
// operator, the in-place flag and the index of the next candidate, so
// finishDunder can recompute the list and carry on after NotImplemented.

const (
	binaryInPlace    = 1 << 8
	binaryStageShift = 9
	compareNegate    = 1 << 16
)

// binaryStep is one candidate method of a binary operator.
type binaryStep struct {
	py      *objects.Function // Python method, called (self, other)
	goSlot  func(objects.Ctx, value, value) (value, error)
	swapped bool // py is b's reflected method: called (b, a)
}

// binaryPlan lists the candidates of a op b. ok is false when a class's
// operator slot may call Python in a way the plan cannot see (a Python
// class that defines only the reflected method over a built-in base):
// the Go protocol path runs then.
func binaryPlan(a, b value, bop objects.BinaryOp, inplace bool) (steps [3]binaryStep, n int, ok bool) {
	name, rname, iname := objects.BinaryDunders(bop)
	ta, tb := a.Type(), b.Type()
	if inplace {
		if f := pyDunder(a, iname); f != nil {
			steps[n] = binaryStep{py: f}
			n++
		} else if !ta.Builtin && ta.InPlace[bop] != nil {
			return steps, 0, false
		} else if f := ta.InPlace[bop]; f != nil {
			steps[n] = binaryStep{goSlot: f}
			n++
		}
	}
	var left, right binaryStep
	hasLeft, hasRight := false, false
	if f := pyDunder(a, name); f != nil {
		left, hasLeft = binaryStep{py: f}, true
	} else if !ta.Builtin && pyDunder(a, rname) != nil {
		return steps, 0, false
	} else if f := ta.Binary[bop]; f != nil {
		left, hasLeft = binaryStep{goSlot: f}, true
	}
	if ta != tb {
		if f := pyDunder(b, rname); f != nil {
			right, hasRight = binaryStep{py: f, swapped: true}, true
		} else if !tb.Builtin && pyDunder(b, name) != nil {
			return steps, 0, false
		} else if f := tb.Binary[bop]; f != nil {
			right, hasRight = binaryStep{goSlot: f}, true
		}
	}
	if hasRight && tb.IsSubtype(ta) {
		steps[n] = right
		n++
		hasRight = false
	}
	if hasLeft {
		steps[n] = left
		n++
	}
	if hasRight {
		steps[n] = right
		n++
	}
	return steps, n, true
}

// binaryPython reports whether a op b may run a Python method (so the
// stackless path is worth taking).
func binaryPython(a, b value) bool {
	return !a.Type().Builtin || !b.Type().Builtin
}

// startBinary begins a op b (a op= b when inplace) with stackless dispatch
// of Python methods. handled is false when the Go path must run instead.
// fr.sp must be below the operands; the result is pushed on fr's stack
// now or when the frame pushed returns.
func (t *Thread) startBinary(fr *Frame, a, b value, bop objects.BinaryOp, inplace bool) (handled bool, err error) {
	if _, _, ok := binaryPlan(a, b, bop, inplace); !ok {
		return false, nil
	}
	op := int32(bop)
	if inplace {
		op |= binaryInPlace
	}
	return true, t.binaryFrom(fr, a, b, op)
}

// binaryFrom runs the candidates of a op b from the index packed in op.
func (t *Thread) binaryFrom(fr *Frame, a, b value, op int32) error {
	bop, inplace, from := objects.BinaryOp(op&0xff), op&binaryInPlace != 0, int(op>>binaryStageShift)
	steps, n, _ := binaryPlan(a, b, bop, inplace)
	for i := from; i < n; i++ {
		s := steps[i]
		if s.py == nil {
			r, err := s.goSlot(t, a, b)
			if err != nil {
				return err
			}
			if !r.IsNotImplemented() {
				fr.push(r)
				return nil
			}
			continue
		}
		args := []value{a, b}
		if s.swapped {
			args[0], args[1] = b, a
		}
		next := op&(1<<binaryStageShift-1) | int32(i+1)<<binaryStageShift
		nf, gen, err := t.pushDunder(fr, s.py, args, retBinary, a, b, int(next))
		if err != nil {
			return err
		}
		if nf == nil {
			fr.push(gen)
		}
		return nil
	}
	r, err := objects.BinaryDeclined(t, a, b, bop, inplace)
	if err != nil {
		return err
	}
	fr.push(r)
	return nil
}

// compareStep is one candidate of a rich comparison: a Python method
// (negated: __ne__ derived from a Python __eq__), or a class's Go slot.
type compareStep struct {
	py      *objects.Function
	negate  bool
	goSlot  func(objects.Ctx, value, value, objects.CompareOp) (value, error)
	swapped bool
}

// compareSide is the candidate comparing x op y by x's class. ok is
// false when x's class has no comparison at all.
func compareSide(x value, op objects.CompareOp, swapped bool) (compareStep, bool) {
	tp := x.Type()
	if !tp.Builtin {
		if f := pyDunder(x, objects.CompareDunder(op)); f != nil {
			return compareStep{py: f, swapped: swapped}, true
		}
		if op == objects.CmpNe {
			if f := pyDunder(x, nameEq); f != nil {
				return compareStep{py: f, negate: true, swapped: swapped}, true
			}
		}
	}
	// No Python method for op: the class's slot (a Python class's
	// comparison wrapper included) runs only Go code for it.
	if tp.Compare == nil {
		return compareStep{}, false
	}
	return compareStep{goSlot: tp.Compare, swapped: swapped}, true
}

// comparePlan lists the candidates of a op b in objects.Compare's order.
func comparePlan(a, b value, op objects.CompareOp) (steps [3]compareStep, n int) {
	ta, tb := a.Type(), b.Type()
	swapFirst := ta != tb && tb.IsSubtype(ta) && tb.Compare != nil
	if swapFirst {
		if s, ok := compareSide(b, objects.CompareSwapped(op), true); ok {
			steps[n] = s
			n++
		}
	}
	if s, ok := compareSide(a, op, false); ok {
		steps[n] = s
		n++
	}
	if !swapFirst {
		if s, ok := compareSide(b, objects.CompareSwapped(op), true); ok {
			steps[n] = s
			n++
		}
	}
	return steps, n
}

// compareFrom runs the candidates of a op b from index from on; the
// result is pushed on fr now or when a pushed frame returns.
func (t *Thread) compareFrom(fr *Frame, a, b value, op objects.CompareOp, from int) error {
	steps, n := comparePlan(a, b, op)
	for i := from; i < n; i++ {
		s := steps[i]
		x, y, sop := a, b, op
		if s.swapped {
			x, y, sop = b, a, objects.CompareSwapped(op)
		}
		if s.py == nil {
			r, err := s.goSlot(t, x, y, sop)
			if err != nil {
				return err
			}
			if !r.IsNotImplemented() {
				fr.push(r)
				return nil
			}
			continue
		}
		packed := int(op) | i<<8
		if s.negate {
			packed |= compareNegate
		}
		nf, gen, err := t.pushDunder(fr, s.py, []value{x, y}, retCompare, a, b, packed)
		if err != nil {
			return err
		}
		if nf == nil {
			fr.push(gen)
		}
		return nil
	}
	r, err := objects.CompareDefault(a, b, op)
	if err != nil {
		return err
	}
	fr.push(r)
	return nil
}

// loadAttr fetches v.name for LOAD_ATTR. For an instance of a Python
// class it does object.__getattribute__'s lookup itself, so that a Python
// function the lookup must call — a property getter, a Python
// descriptor's __get__, __getattr__ or __getattribute__ — comes back as f
// and args, to run as a frame, instead of being called from Go. Otherwise
// r is the attribute (or err the failure), found by the Go path. ac, when
// not nil, is the instruction's instance-dict hint (objects.AttrCache).
func loadAttr(t *Thread, v value, name *objects.Str, ac *objects.AttrCache) (r value, f *objects.Function, args []value, err error) {
	tp := v.Type()
	if tp.Builtin || tp.Layout != objects.ObjectType || name.S == "__class__" || name.S == "__dict__" {
		r, err = objects.GetAttr(t, v, name)
		return
	}
	if hooks, _ := tp.PythonAttrHooks(); hooks {
		// The class (or a base) defines __getattribute__ or
		// __getattr__.
		if ga := pyDunder(v, nameGetAttribute); ga != nil {
			if _, both := tp.Lookup(nameGetAttr); !both {
				return value{}, ga, t.hookArgs2(v, name.Value()), nil
			}
		} else if ga := pyDunder(v, nameGetAttr); ga != nil {
			// A property getter raising AttributeError must fall back
			// to __getattr__: leave that case to the Go path.
			if cls, found := tp.Lookup(name); !found || !hasPyGetter(cls) {
				r, f, args, err, missing := genericAttr(t, v, name, ac)
				if missing {
					return value{}, ga, t.hookArgs2(v, name.Value()), nil
				}
				return r, f, args, err
			}
		}
		r, err = objects.GetAttr(t, v, name)
		return
	}
	r, f, args, err, missing := genericAttr(t, v, name, ac)
	if missing {
		// The Go path words the AttributeError.
		r, err = objects.GenericGetAttr(t, v, name)
	}
	return r, f, args, err
}

// genericAttr is object.__getattribute__ for an instance of a Python class
// with object's layout, except that a Python getter comes back as f and
// args and a missing attribute as missing (no error built).
func genericAttr(t *Thread, v value, name *objects.Str, ac *objects.AttrCache) (r value, f *objects.Function, args []value, err error, missing bool) {
	tp := v.Type()
	var cls value
	var found bool
	if ac != nil {
		// The instruction's class record answers the MRO lookup; for a
		// name the class does not define, or defines as a plain
		// built-in value, the instance dict decides alone.
		var kind objects.AttrClassKind
		cls, kind = ac.LookupClass(tp, name)
		if kind != objects.AttrClassOther {
			if d := objects.InstanceDict(v); d != nil {
				if x, ok := d.GetStrCached(name, ac); ok {
					return x, nil, nil, nil, false
				}
			}
			if kind == objects.AttrClassPlain {
				return cls, nil, nil, nil, false
			}
			return value{}, nil, nil, nil, true
		}
		found = true
	} else {
		cls, found = tp.Lookup(name)
	}
	if found {
		if p := objects.AsProperty(cls); p != nil {
			if g := objects.AsFunction(p.Get); g != nil {
				return value{}, g, t.hookArgs1(v), nil, false
			}
		} else if get := pyDunder(cls, nameGet); get != nil && isDataDescr(cls) {
			return value{}, get, t.hookArgs3(cls, v, tp.Value()), nil, false
		}
		if ct := cls.Type(); ct.DescrSet != nil && ct.DescrGet != nil {
			r, err = ct.DescrGet(t, cls, v, tp)
			return
		}
	}
	if d := objects.InstanceDict(v); d != nil {
		if x, ok := d.GetStrCached(name, ac); ok {
			return x, nil, nil, nil, false
		}
	}
	if found {
		if get := pyDunder(cls, nameGet); get != nil {
			return value{}, get, t.hookArgs3(cls, v, tp.Value()), nil, false
		}
		if g := cls.Type().DescrGet; g != nil {
			r, err = g(t, cls, v, tp)
			return
		}
		return cls, nil, nil, nil, false
	}
	return value{}, nil, nil, nil, true
}

// hasPyGetter reports whether fetching the class attribute cls from an
// instance runs Python code (a property getter or a Python __get__).
func hasPyGetter(cls value) bool {
	if p := objects.AsProperty(cls); p != nil {
		return objects.AsFunction(p.Get) != nil
	}
	return pyDunder(cls, nameGet) != nil
}

// isDataDescr reports whether a descriptor of a Python class also
// defines __set__ or __delete__ (it then takes precedence over the
// instance dict).
func isDataDescr(cls value) bool {
	ct := cls.Type()
	if _, ok := ct.Lookup(nameSet); ok {
		return true
	}
	_, ok := ct.Lookup(nameDelete)
	return ok
}

// storeAttr is loadAttr for v.name = val (val nil: del v.name): a Python
// __setattr__/__delattr__, property setter/deleter or descriptor
// __set__/__delete__ comes back as f and args to run as a frame;
// anything else is done here by the Go path. ac, when not nil, is the
// instruction's instance-dict hint (objects.AttrCache).
func storeAttr(t *Thread, v value, name *objects.Str, val value, ac *objects.AttrCache) (f *objects.Function, args []value, err error) {
	tp := v.Type()
	if tp.Builtin || tp.Layout != objects.ObjectType {
		return nil, nil, objects.SetAttr(t, v, name, val)
	}
	if _, hooks := tp.PythonAttrHooks(); hooks {
		// A Python __setattr__ or __delattr__ somewhere in the MRO.
		hook := nameSetAttr
		if val.IsNil() {
			hook = nameDelAttr
		}
		if h := pyDunder(v, hook); h != nil {
			if val.IsNil() {
				return h, t.hookArgs2(v, name.Value()), nil
			}
			return h, t.hookArgs3(v, name.Value(), val), nil
		}
		return nil, nil, objects.SetAttr(t, v, name, val)
	}
	if ac != nil && !val.IsNil() {
		// A name the class does not define is stored in the instance
		// dict; the instruction's class record says so without the
		// MRO lookup.
		switch cls, kind := ac.LookupClass(tp, name); kind {
		case objects.AttrClassAbsent:
			if d := objects.InstanceDict(v); d != nil && name.S != "__class__" {
				if n := d.SetStrCached(name, val, ac); n > 0 {
					tp.NoteInstanceDictLen(n)
				}
				return nil, nil, nil
			}
		case objects.AttrClassOther:
			// A built-in data descriptor (a __slots__ member): its Go
			// setter stores the value, as GenericSetAttr would after a
			// second lookup. A property may have a Python setter to run
			// as a frame: left to the path below.
			if ct := cls.Type(); ct.Builtin && ct.DescrSet != nil && objects.AsProperty(cls) == nil && name.S != "__class__" {
				return nil, nil, ct.DescrSet(t, cls, v, val)
			}
		}
	}
	if cls, found := tp.Lookup(name); found {
		if p := objects.AsProperty(cls); p != nil {
			if val.IsNil() {
				if g := objects.AsFunction(p.Del); g != nil {
					return g, t.hookArgs1(v), nil
				}
			} else if g := objects.AsFunction(p.Set); g != nil {
				return g, t.hookArgs2(v, val), nil
			}
		} else if val.IsNil() {
			if g := pyDunder(cls, nameDelete); g != nil {
				return g, t.hookArgs2(cls, v), nil
			}
		} else if g := pyDunder(cls, nameSet); g != nil {
			return g, t.hookArgs3(cls, v, val), nil
		}
		return nil, nil, objects.GenericSetAttr(t, v, name, val)
	}
	if d := objects.InstanceDict(v); d != nil && !val.IsNil() && name.S != "__class__" {
		d.SetStrCached(name, val, ac)
		return nil, nil, nil
	}
	return nil, nil, objects.GenericSetAttr(t, v, name, val)
}

// forIterTarget is the jump target of the FOR_ITER instruction fr
// executed last (whose __next__ frame just raised StopIteration).
func forIterTarget(fr *Frame) int {
	_, arg := compile.Decode(fr.code.Instrs[fr.ip-1])
	return arg
}

// truthDunder returns the Python __bool__ (retTruth) or, for a class
// without __bool__, the Python __len__ (retLenTruth) that bool(v) runs;
// nil when bool(v) runs no Python method of v's class.
func truthDunder(v value) (retKind, *objects.Function) {
	tp := v.Type()
	if tp.Builtin {
		return retPush, nil
	}
	if m, ok := tp.Lookup(nameBool); ok {
		if f := objects.AsFunction(m); f != nil {
			return retTruth, f
		}
		return retPush, nil
	}
	if f := pyDunder(v, nameLen); f != nil {
		return retLenTruth, f
	}
	return retPush, nil
}

// boundPy splits a bound method of a Python function (what BEFORE_WITH
// stores for __exit__) into the function and its self.
func boundPy(m value) (*objects.Function, value) {
	if bm := objects.AsMethod(m); bm != nil {
		if f := objects.AsFunction(bm.Func); f != nil {
			return f, bm.Self
		}
	}
	return nil, value{}
}

// formatDunder finds the Python method an f-string replacement field
// {v!conv:spec} runs: __format__(v, spec) when the class defines it in
// Python and there is no conversion; otherwise __str__ (conversion !s, or
// object's __format__ with an empty spec, which is str(v)) or __repr__
// (!r), where object's __str__ stands for __repr__. nil when no Python
// method runs or the case is left to formatValue (!a, object's
// __format__ with a spec, which raises).
func formatDunder(v value, conv int, spec string) (*objects.Function, []value, retKind) {
	tp := v.Type()
	if tp.Builtin || conv == 3 {
		return nil, nil, retPush
	}
	if conv == 0 {
		fm, ok := tp.Lookup(nameFormat)
		if !ok {
			return nil, nil, retPush
		}
		if f := objects.AsFunction(fm); f != nil {
			return f, []value{v, objects.StrValue(spec)}, retFormat
		}
		if om, _ := objects.ObjectType.Lookup(nameFormat); !fm.Is(om) || spec != "" {
			return nil, nil, retPush
		}
		conv = 1
	}
	if conv == 1 {
		sm, ok := tp.Lookup(nameStr)
		if !ok {
			return nil, nil, retPush
		}
		if f := objects.AsFunction(sm); f != nil {
			return f, []value{v}, retStr
		}
		if om, _ := objects.ObjectType.Lookup(nameStr); !sm.Is(om) {
			return nil, nil, retPush
		}
	}
	if f := pyDunder(v, nameRepr); f != nil {
		return f, []value{v}, retRepr
	}
	return nil, nil, retPush
}

// Classes with a Python __new__. Calling such a class runs __new__ as a
// frame (retNew) whose handler then starts __init__ as another frame
// (initSelf), as objects.typeCall does both from Go. retB carries the
// call's arguments to __init__: a tuple (positional and keyword values,
// keyword names).

var nameNew, nameInit = objects.Interned("__new__"), objects.Interned("__init__")

// pyNew returns the Python function that is tp's __new__, or nil.
func pyNew(tp *objects.Type) *objects.Function {
	if tp.Builtin {
		return nil
	}
	nv, ok := tp.Lookup(nameNew)
	if !ok {
		return nil
	}
	if sm := objects.AsStaticMethod(nv); sm != nil {
		nv = sm.Func
	}
	return objects.AsFunction(nv)
}

// startNew pushes f(tp, args...), f being tp's Python __new__; the class
// call's result is pushed on fr when __new__ (and __init__) are done.
func (t *Thread) startNew(fr *Frame, tp *objects.Type, f *objects.Function, args []value, kwnames []string) error {
	names := make([]value, len(kwnames))
	for i, k := range kwnames {
		names[i] = objects.StrValue(k)
	}
	saved := objects.NewTuple([]value{objects.NewTuple(append([]value(nil), args...)).Value(), objects.NewTuple(names).Value()}).Value()
	nf, err := t.newCallFrame(f, append([]value{tp.Value()}, args...), kwnames)
	if err != nil {
		return err
	}
	if nf.gen != nil {
		return t.afterNew(fr, tp, saved, nf.gen.Value())
	}
	nf.ret, nf.retA, nf.retB = retNew, tp.Value(), saved
	return t.pushFrame(fr, nf)
}

// afterNew continues a class call once __new__ returned inst: __init__
// runs (as a frame when it is Python) if inst is an instance of tp.
func (t *Thread) afterNew(fr *Frame, tp *objects.Type, saved, inst value) error {
	if !inst.Type().IsSubtype(tp) {
		fr.push(inst)
		return nil
	}
	parts := objects.AsTuple(saved).Items
	args := objects.AsTuple(parts[0]).Items
	var kwnames []string
	for _, k := range objects.AsTuple(parts[1]).Items {
		kwnames = append(kwnames, objects.AsStr(k).S)
	}
	it := inst.Type()
	if m, ok := it.Lookup(nameInit); ok && !it.Builtin {
		if f := objects.AsFunction(m); f != nil {
			nf, err := t.newCallFrame(f, append([]value{inst}, args...), kwnames)
			if err != nil {
				return err
			}
			if nf.gen != nil {
				return objects.Errorf(objects.TypeErrorType, "__init__() should return None, not 'generator'")
			}
			nf.initSelf = inst
			return t.pushFrame(fr, nf)
		}
		if om, _ := objects.ObjectType.Lookup(nameInit); !m.Is(om) && objects.AsBuiltin(m) == nil {
			// Some other callable stored as __init__: the Go path.
			r, err := t.Call(m, append([]value{inst}, args...), kwnames)
			if err != nil {
				return err
			}
			if !r.IsNone() {
				return objects.Errorf(objects.TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
			}
			fr.push(inst)
			return nil
		}
	}
	if init := it.Init; init != nil {
		if err := init(t, inst, args, kwnames); err != nil {
			return err
		}
	}
	fr.push(inst)
	return nil
}
