package vm

import (
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

type (
	value = objects.Value
)

// errReraise wraps an exception that must propagate without a new
// traceback entry for the current frame (bare raise, RERAISE).
type errReraise struct{ exc *objects.Exception }

func (e errReraise) Error() string { return e.exc.Error() }

// eval runs the loop until the entry frame returns, an exception leaves
// it, or the thread parks.
func (t *Thread) eval() (objects.Value, error) {
	fr := t.frame
	var err error
	var result value
	for {
		result, err = t.loop(fr)
		if err == nil {
			return result, nil
		}
		if err == objects.ErrPark {
			if t.nested > 0 {
				t.notePinned()
				if t.PinnedWait == nil {
					err = objects.Errorf(objects.RuntimeErrorType, "cannot block inside a callback from native code (no scheduler to pin the thread)")
				} else {
					v, werr := t.PinnedWait(t)
					fr = t.frame
					if werr == nil {
						fr.slots[fr.sp] = v
						fr.sp++
						continue
					}
					err = werr
				}
			} else {
				t.parked = true
				return value{}, objects.ErrPark
			}
		}
		var done bool
		fr, done, result, err = t.unwind(t.frame, err)
		if done {
			return result, err
		}
	}
}

// evalWithError resumes a parked thread by raising err at the blocked call.
func (t *Thread) evalWithError(fr *Frame, err error) (objects.Value, error) {
	nf, done, result, err := t.unwind(fr, err)
	if done {
		return result, err
	}
	t.frame = nf
	return t.eval()
}

// unwind looks for a handler for err starting at fr, popping frames. It
// returns the frame to continue in, or done with the final error when the
// exception leaves the entry frame.
func (t *Thread) unwind(fr *Frame, err error) (*Frame, bool, value, error) {
	var exc *objects.Exception
	addTB := true
	if r, ok := err.(errReraise); ok {
		exc = r.exc
		addTB = false
	} else {
		exc = objects.AsPyError(err)
		if exc.Traceback == nil && t.excInfo != nil && t.excInfo != exc && exc.Context == nil {
			setContext(exc, t.excInfo)
		}
	}
	for {
		if addTB {
			t.addTraceback(exc, fr)
		}
		addTB = true
		ip := fr.ip - 1
		for _, h := range fr.code.ExcTable {
			if int32(ip) >= h.Start && int32(ip) < h.End {
				clear(fr.slots[fr.base+int(h.Depth) : fr.sp])
				fr.sp = fr.base + int(h.Depth)
				fr.slots[fr.sp] = exc.Value()
				fr.sp++
				fr.ip = int(h.Handler)
				t.frame = fr
				return fr, false, value{}, nil
			}
		}
		// No handler: the frame is finished.
		back := fr.back
		entry := fr.entry
		kind, seqIter := fr.ret, fr.retA
		t.popFrame(fr)
		if fr.gen != nil {
			fr.gen.finished = true
			if exc.Matches(objects.StopIterationType) {
				re := objects.Errorf(objects.RuntimeErrorType, "generator raised StopIteration")
				re.Cause, re.Context, re.SuppressContext = exc, exc, true
				exc = re
			}
		}
		if entry {
			t.frame = back
			return nil, true, value{}, exc
		}
		if kind == retClassHook {
			exc = classHookError(seqIter, exc)
		}
		if kind == retSend && exc.Matches(objects.StopIterationType) {
			// yield from over a Python iterator: its StopIteration is
			// the value of the expression (SEND's exhausted branch).
			back.slots[back.sp-1] = exc.StopValue()
			back.ip = forIterTarget(back)
			t.frame = back
			return back, false, value{}, nil
		}
		if kind == retForIter && exc.Matches(objects.StopIterationType) ||
			kind == retSeqIter && (exc.Matches(objects.IndexErrorType) || exc.Matches(objects.StopIterationType)) {
			// A for loop's Python __next__ raised StopIteration, or the
			// __getitem__ of the sequence fallback ran off the end: the
			// loop is over (FOR_ITER's exhausted branch).
			if kind == retSeqIter {
				objects.SeqIterStop(seqIter)
			}
			back.sp--
			back.slots[back.sp] = value{}
			back.ip = forIterTarget(back)
			t.frame = back
			return back, false, value{}, nil
		}
		fr = back
		t.frame = fr
	}
}

func setContext(exc, ctx *objects.Exception) {
	for c := ctx; c != nil; c = c.Context {
		if c == exc {
			return
		}
	}
	exc.Context = ctx
}

// popFrame unlinks a finished frame.
func (t *Thread) popFrame(fr *Frame) {
	if fr.gen == nil {
		t.depth--
		t.releaseFrame(fr)
	} else {
		fr.gen.running = false
		fr.gen.leaveExcState(t)
		fr.back = nil
	}
}

// pushFrame links a new frame as the current one, checking the recursion
// limit.
func (t *Thread) pushFrame(parent, fr *Frame) error {
	if fr.gen == nil {
		if t.depth >= t.interp.RecursionLimit() {
			t.releaseFrame(fr)
			return objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded")
		}
		t.depth++
	}
	fr.back = parent
	t.frame = fr
	return nil
}

// loop is the interpreter's dispatch loop for the current frame chain. It
// returns when the entry frame returns (nil error) or with an error to be
// unwound by eval.
func (t *Thread) loop(fr *Frame) (value, error) {
	code := fr.code
	instrs := code.Instrs
	slots := fr.slots
	sp := fr.sp
	ip := fr.ip
	// save/restore the frame registers around anything that may switch
	// frames or fail.
	save := func() { fr.sp, fr.ip = sp, ip }
	load := func(f *Frame) {
		fr = f
		code, instrs, slots, sp, ip = f.code, f.code.Instrs, f.slots, f.sp, f.ip
	}
	// dunder runs the Python method f(args...) as a frame whose result
	// goes to kind's handler (dunder.go); the operands it consumed are
	// already popped.
	dunder := func(f *objects.Function, args []value, kind retKind, a, b value, op int) error {
		save()
		nf, gen, err := t.pushDunder(fr, f, args, kind, a, b, op)
		if err != nil {
			return err
		}
		if nf == nil {
			if err := t.finishDunder(fr, kind, a, b, int32(op), gen); err != nil {
				return err
			}
		}
		load(t.frame)
		return nil
	}
	var err error
	for {
		w := instrs[ip]
		ip++
		op, arg := compile.Op(w&0xff), int(w>>8)
		switch op {
		case compile.Nop:
		case compile.PopTop:
			sp--
			slots[sp] = value{}
		case compile.DupTop:
			slots[sp] = slots[sp-1]
			sp++
		case compile.DupTop2:
			slots[sp] = slots[sp-2]
			slots[sp+1] = slots[sp-1]
			sp += 2
		case compile.Rot2:
			slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
		case compile.Rot3:
			a, b, c := slots[sp-3], slots[sp-2], slots[sp-1]
			slots[sp-3], slots[sp-2], slots[sp-1] = c, a, b
		case compile.LoadConst:
			slots[sp] = code.Consts[arg]
			sp++
		case compile.LoadFast:
			v := slots[arg]
			if v.IsNil() {
				save()
				return value{}, objects.Errorf(objects.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.VarNames[arg])
			}
			slots[sp] = v
			sp++
		case compile.StoreFast:
			sp--
			slots[arg] = slots[sp]
			slots[sp] = value{}
		case compile.DeleteFast:
			if slots[arg].IsNil() {
				save()
				return value{}, objects.Errorf(objects.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.VarNames[arg])
			}
			slots[arg] = value{}
		case compile.LoadDeref:
			v := objects.AsCell(slots[code.NLocals()+arg]).Get()
			if v.IsNil() {
				save()
				return value{}, derefError(code, arg)
			}
			slots[sp] = v
			sp++
		case compile.StoreDeref:
			sp--
			objects.AsCell(slots[code.NLocals()+arg]).Set(slots[sp])
			slots[sp] = value{}
		case compile.DeleteDeref:
			objects.AsCell(slots[code.NLocals()+arg]).Set(value{})
		case compile.LoadClosure:
			slots[sp] = slots[code.NLocals()+arg]
			sp++
		case compile.LoadGlobal:
			g, b := fr.globals, fr.builtins
			gv, bv := g.Version(), b.Version()
			if arg < len(code.Caches) {
				if v, ok := code.Caches[arg].Load(g, b, gv, bv); ok {
					slots[sp] = v
					sp++
					continue
				}
			}
			name := code.Names[arg]
			v, ok := g.GetStr(name)
			if !ok {
				v, ok = b.GetStr(name)
				if !ok {
					save()
					return value{}, nameError(fr, name)
				}
			}
			if arg < len(code.Caches) {
				code.Caches[arg].Store(g, b, gv, bv, v)
			}
			slots[sp] = v
			sp++
		case compile.StoreGlobal:
			sp--
			fr.globals.SetStr(code.Names[arg], slots[sp])
			slots[sp] = value{}
		case compile.DeleteGlobal:
			save()
			if ok, _ := fr.globals.DelItem(t, code.Names[arg].Value()); !ok {
				return value{}, objects.Errorf(objects.NameErrorType, "name '%s' is not defined", code.Names[arg].S)
			}
		case compile.LoadName:
			name := code.Names[arg]
			var v value
			ok := false
			if fr.locals != nil {
				v, ok = fr.locals.GetStr(name)
			}
			if !ok {
				v, ok = fr.globals.GetStr(name)
			}
			if !ok {
				v, ok = fr.builtins.GetStr(name)
			}
			if !ok {
				save()
				return value{}, nameError(fr, name)
			}
			slots[sp] = v
			sp++
		case compile.StoreName:
			sp--
			if fr.locals.Type() == objects.DictType {
				fr.locals.SetStr(code.Names[arg], slots[sp])
			} else {
				save()
				if err := storeNameMapping(t, fr.locals, code.Names[arg], slots[sp]); err != nil {
					return value{}, err
				}
			}
			slots[sp] = value{}
		case compile.DeleteName:
			save()
			if ok, _ := fr.locals.DelItem(t, code.Names[arg].Value()); !ok {
				return value{}, objects.Errorf(objects.NameErrorType, "name '%s' is not defined", code.Names[arg].S)
			}
		case compile.LoadAttr:
			save()
			obj := slots[sp-1]
			var ac *objects.AttrCache
			if arg < len(code.AttrCaches) {
				ac = &code.AttrCaches[arg]
			}
			v, f, args, err := loadAttr(t, obj, code.Names[arg], ac)
			if err != nil {
				return value{}, err
			}
			if f != nil {
				sp--
				slots[sp] = value{}
				if err := dunder(f, args, retPush, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			slots[sp-1] = v
		case compile.StoreAttr:
			save()
			var ac *objects.AttrCache
			if arg < len(code.AttrCaches) {
				ac = &code.AttrCaches[arg]
			}
			f, args, err := storeAttr(t, slots[sp-1], code.Names[arg], slots[sp-2], ac)
			if err != nil {
				return value{}, err
			}
			sp -= 2
			slots[sp], slots[sp+1] = value{}, value{}
			if f != nil {
				if err := dunder(f, args, retDiscard, value{}, value{}, 0); err != nil {
					return value{}, err
				}
			}
		case compile.DeleteAttr:
			save()
			f, args, err := storeAttr(t, slots[sp-1], code.Names[arg], value{}, nil)
			if err != nil {
				return value{}, err
			}
			sp--
			slots[sp] = value{}
			if f != nil {
				if err := dunder(f, args, retDiscard, value{}, value{}, 0); err != nil {
					return value{}, err
				}
			}
		case compile.LoadMethod:
			save()
			self := slots[sp-1]
			var mc *objects.MethodCache
			if arg < len(code.MethodCaches) {
				mc = &code.MethodCaches[arg]
			}
			var ac *objects.AttrCache
			if arg < len(code.AttrCaches) {
				ac = &code.AttrCaches[arg]
			}
			m, bound, f, args, err := loadMethod(t, self, code.Names[arg], mc, ac)
			if err != nil {
				return value{}, err
			}
			if f != nil {
				sp--
				slots[sp] = value{}
				if err := dunder(f, args, retMethod, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			if bound {
				slots[sp-1] = m
				slots[sp] = self
			} else {
				slots[sp-1] = m
				slots[sp] = value{}
			}
			sp++
		case compile.Binary, compile.InPlace:
			// a op b and a op= b share the int and float fast paths: both
			// are immutable, so a op= b is a op b. Only the slow path
			// differs (__iadd__ before __add__).
			a, b := slots[sp-2], slots[sp-1]
			var r value
			if a.IsSmallInt() && b.IsSmallInt() {
				var ok bool
				r, ok, err = objects.SmallIntOp(objects.BinaryOp(arg), a.SmallInt(), b.SmallInt())
				if !ok && err == nil {
					r, err = binarySlow(t, op, a, b, objects.BinaryOp(arg))
				}
			} else if a.IsFloat() && b.IsFloat() {
				r, err = objects.FloatArith(objects.BinaryOp(arg), a.FloatVal(), b.FloatVal())
			} else if binaryPython(a, b) {
				sp -= 2
				slots[sp], slots[sp+1] = value{}, value{}
				save()
				var handled bool
				handled, err = t.startBinary(fr, a, b, objects.BinaryOp(arg), op == compile.InPlace)
				if err != nil {
					return value{}, err
				}
				if handled {
					load(t.frame)
					continue
				}
				slots[sp], slots[sp+1] = a, b
				sp += 2
				save()
				r, err = binarySlow(t, op, a, b, objects.BinaryOp(arg))
			} else {
				save()
				r, err = binarySlow(t, op, a, b, objects.BinaryOp(arg))
			}
			if err != nil {
				save()
				return value{}, err
			}
			sp--
			slots[sp] = value{}
			slots[sp-1] = r
		case compile.CompareOp:
			a, b := slots[sp-2], slots[sp-1]
			var r value
			if a.IsSmallInt() && b.IsSmallInt() {
				r = objects.Bool(cmpOrdered(a.SmallInt(), b.SmallInt(), objects.CompareOp(arg)))
			} else if a.IsFloat() && b.IsFloat() {
				// Go's float comparisons are IEEE 754's, as Python's are:
				// every comparison with a NaN is false except !=.
				r = objects.Bool(cmpOrdered(a.FloatVal(), b.FloatVal(), objects.CompareOp(arg)))
			} else if binaryPython(a, b) {
				sp -= 2
				slots[sp], slots[sp+1] = value{}, value{}
				save()
				if err := t.compareFrom(fr, a, b, objects.CompareOp(arg), 0); err != nil {
					return value{}, err
				}
				load(t.frame)
				continue
			} else {
				save()
				r, err = objects.Compare(t, a, b, objects.CompareOp(arg))
				if err != nil {
					return value{}, err
				}
			}
			sp--
			slots[sp] = value{}
			slots[sp-1] = r
		case compile.IsOp:
			r := slots[sp-2].Is(slots[sp-1])
			if slots[sp-2].IsFloat() || slots[sp-1].IsFloat() {
				r = r && slots[sp-2].IsFloat() == slots[sp-1].IsFloat()
			}
			sp--
			slots[sp] = value{}
			slots[sp-1] = objects.Bool(r != (arg == 1))
		case compile.ContainsOp:
			save()
			if f := pyDunder(slots[sp-1], nameContains); f != nil {
				args := []value{slots[sp-1], slots[sp-2]}
				sp -= 2
				slots[sp], slots[sp+1] = value{}, value{}
				if err := dunder(f, args, retContains, value{}, value{}, arg); err != nil {
					return value{}, err
				}
				continue
			}
			r, err := objects.Contains(t, slots[sp-1], slots[sp-2])
			if err != nil {
				return value{}, err
			}
			sp--
			slots[sp] = value{}
			slots[sp-1] = objects.Bool(r != (arg == 1))
		case compile.UnaryNeg, compile.UnaryPos, compile.UnaryInvert:
			save()
			if x := slots[sp-1]; !x.Type().Builtin {
				name := nameNeg
				if op == compile.UnaryPos {
					name = namePos
				} else if op == compile.UnaryInvert {
					name = nameInvert
				}
				if f := pyDunder(x, name); f != nil {
					sp--
					slots[sp] = value{}
					if err := dunder(f, []value{x}, retPush, value{}, value{}, 0); err != nil {
						return value{}, err
					}
					continue
				}
			}
			var r value
			switch op {
			case compile.UnaryNeg:
				r, err = objects.Neg(t, slots[sp-1])
			case compile.UnaryPos:
				r, err = objects.Pos(t, slots[sp-1])
			default:
				r, err = objects.Invert(t, slots[sp-1])
			}
			if err != nil {
				return value{}, err
			}
			slots[sp-1] = r
		case compile.UnaryNot:
			save()
			if kind, f := truthDunder(slots[sp-1]); f != nil {
				if err := dunder(f, []value{slots[sp-1]}, kind, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			b, err := objects.Truth(t, slots[sp-1])
			if err != nil {
				return value{}, err
			}
			slots[sp-1] = objects.Bool(!b)
		case compile.Subscr:
			if k := slots[sp-1]; k.IsSmallInt() {
				r, ok := objects.ListItem(slots[sp-2], k.SmallInt())
				if !ok {
					r, ok = objects.TupleItem(slots[sp-2], k.SmallInt())
				}
				if ok {
					sp--
					slots[sp] = value{}
					slots[sp-1] = r
					continue
				}
			}
			save()
			if f := pyDunder(slots[sp-2], nameGetItem); f != nil {
				args := []value{slots[sp-2], slots[sp-1]}
				sp -= 2
				slots[sp], slots[sp+1] = value{}, value{}
				if err := dunder(f, args, retPush, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			r, err := objects.GetItem(t, slots[sp-2], slots[sp-1])
			if err != nil {
				return value{}, err
			}
			sp--
			slots[sp] = value{}
			slots[sp-1] = r
		case compile.StoreSubscr:
			if k := slots[sp-1]; k.IsSmallInt() && objects.ListSetItem(slots[sp-2], k.SmallInt(), slots[sp-3]) {
				sp -= 3
				clear(slots[sp : sp+3])
				continue
			}
			save()
			if f := pyDunder(slots[sp-2], nameSetItem); f != nil {
				args := []value{slots[sp-2], slots[sp-1], slots[sp-3]}
				sp -= 3
				clear(slots[sp : sp+3])
				if err := dunder(f, args, retDiscard, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			if err := objects.SetItem(t, slots[sp-2], slots[sp-1], slots[sp-3]); err != nil {
				return value{}, err
			}
			sp -= 3
			clear(slots[sp : sp+3])
		case compile.DeleteSubscr:
			save()
			if f := pyDunder(slots[sp-2], nameDelItem); f != nil {
				args := []value{slots[sp-2], slots[sp-1]}
				sp -= 2
				clear(slots[sp : sp+2])
				if err := dunder(f, args, retDiscard, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			if err := objects.SetItem(t, slots[sp-2], slots[sp-1], value{}); err != nil {
				return value{}, err
			}
			sp -= 2
			clear(slots[sp : sp+2])
		case compile.BuildTuple:
			items := make([]value, arg)
			copy(items, slots[sp-arg:sp])
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = objects.NewTuple(items).Value()
			sp++
		case compile.BuildList:
			items := make([]value, arg)
			copy(items, slots[sp-arg:sp])
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = objects.NewList(items).Value()
			sp++
		case compile.BuildSet:
			save()
			s, err := objects.NewSet(t, slots[sp-arg:sp], false)
			if err != nil {
				return value{}, err
			}
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = s.Value()
			sp++
		case compile.BuildMap:
			save()
			d := objects.NewDict()
			for i := sp - 2*arg; i < sp; i += 2 {
				if err := d.SetItem(t, slots[i], slots[i+1]); err != nil {
					return value{}, err
				}
			}
			clear(slots[sp-2*arg : sp])
			sp -= 2 * arg
			slots[sp] = d.Value()
			sp++
		case compile.BuildSlice:
			var s value
			if arg == 3 {
				s = objects.NewSlice(slots[sp-3], slots[sp-2], slots[sp-1])
			} else {
				s = objects.NewSlice(slots[sp-2], slots[sp-1], objects.None)
			}
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = s
			sp++
		case compile.BuildString:
			n := 0
			for _, v := range slots[sp-arg : sp] {
				n += len(objects.AsStr(v).S)
			}
			buf := make([]byte, 0, n)
			for _, v := range slots[sp-arg : sp] {
				buf = append(buf, objects.AsStr(v).S...)
			}
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = objects.StrValue(string(buf))
			sp++
		case compile.ListAppend:
			// LIST_APPEND only builds a new list on this frame's stack
			// (a comprehension, a display with *items), which no other
			// thread can reach yet.
			sp--
			objects.AsList(slots[sp-arg]).AppendPrivate(slots[sp])
			slots[sp] = value{}
		case compile.SetAdd:
			save()
			sp--
			if err := objects.AsSet(slots[sp-arg]).D.SetItem(t, slots[sp], objects.None); err != nil {
				return value{}, err
			}
			slots[sp] = value{}
		case compile.MapAdd:
			save()
			sp -= 2
			if err := objects.AsDict(slots[sp-arg]).SetItem(t, slots[sp], slots[sp+1]); err != nil {
				return value{}, err
			}
			slots[sp], slots[sp+1] = value{}, value{}
		case compile.ListExtend, compile.SetUpdate:
			save()
			items, err := objects.ToSlice(t, slots[sp-1])
			if err != nil {
				if e, ok := err.(*objects.Exception); ok && e.Matches(objects.TypeErrorType) {
					return value{}, objects.Errorf(objects.TypeErrorType, "Value after * must be an iterable, not %s", slots[sp-1].Type().Name)
				}
				return value{}, err
			}
			sp--
			slots[sp] = value{}
			if op == compile.ListExtend {
				l := objects.AsList(slots[sp-arg])
				for _, x := range items {
					l.Append(x)
				}
			} else {
				s := objects.AsSet(slots[sp-arg])
				for _, x := range items {
					if err := s.D.SetItem(t, x, objects.None); err != nil {
						return value{}, err
					}
				}
			}
		case compile.DictUpdate:
			save()
			if err := dictMerge(t, objects.AsDict(slots[sp-1-arg]), slots[sp-1]); err != nil {
				return value{}, err
			}
			sp--
			slots[sp] = value{}
		case compile.ListToTuple:
			slots[sp-1] = objects.NewTuple(objects.AsList(slots[sp-1]).Snapshot()).Value()
		case compile.UnpackSequence, compile.UnpackEx:
			if l := objects.AsList(slots[sp-1]); l != nil && op == compile.UnpackSequence && l.UnpackReversed(slots[sp-1:sp-1+arg]) {
				// `a, b = lst`: copied straight onto the stack.
				sp += arg - 1
				continue
			}
			save()
			items, err := unpackItems(t, slots[sp-1], op, arg)
			if err != nil {
				return value{}, err
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				slots[sp] = items[i]
				sp++
			}
		case compile.Jump:
			if arg < ip && t.breaker.isSet() {
				save()
				if err := t.serviceBreaker(); err != nil {
					return value{}, err
				}
			}
			ip = arg
		case compile.PopJumpIfFalse, compile.PopJumpIfTrue:
			v := slots[sp-1]
			var b bool
			if v.IsBool() {
				b = v.IsTrue()
			} else {
				save()
				if kind, f := truthDunder(v); f != nil {
					if err := dunder(f, []value{v}, kind, value{}, value{}, 0); err != nil {
						return value{}, err
					}
					continue
				}
				b, err = objects.Truth(t, v)
				if err != nil {
					return value{}, err
				}
			}
			sp--
			slots[sp] = value{}
			if b == (op == compile.PopJumpIfTrue) {
				if arg < ip && t.breaker.isSet() {
					save()
					if err := t.serviceBreaker(); err != nil {
						return value{}, err
					}
				}
				ip = arg
			}
		case compile.JumpIfFalseOrPop, compile.JumpIfTrueOrPop:
			save()
			if kind, f := truthDunder(slots[sp-1]); f != nil {
				lenOp := 0
				if kind == retLenTruth {
					lenOp = 1
				}
				if err := dunder(f, []value{slots[sp-1]}, retTruthOrPop, value{}, value{}, lenOp); err != nil {
					return value{}, err
				}
				continue
			}
			b, err := objects.Truth(t, slots[sp-1])
			if err != nil {
				return value{}, err
			}
			if b == (op == compile.JumpIfTrueOrPop) {
				ip = arg
			} else {
				sp--
				slots[sp] = value{}
			}
		case compile.GetIter:
			if it, ok := objects.IterPrivate(slots[sp-1]); ok {
				slots[sp-1] = it
				continue
			}
			save()
			if f := pyDunder(slots[sp-1], nameIter); f != nil {
				x := slots[sp-1]
				sp--
				slots[sp] = value{}
				if err := dunder(f, []value{x}, retIter, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			it, err := objects.Iter(t, slots[sp-1])
			if err != nil {
				return value{}, err
			}
			slots[sp-1] = it
		case compile.GetAwaitable:
			save()
			it, err := getAwaitable(t, slots[sp-1])
			if err != nil {
				return value{}, err
			}
			slots[sp-1] = it
		case compile.ForIter:
			it := slots[sp-1]
			if g := asGenerator(it); g != nil {
				save()
				nf, err := t.resumeGenFrame(fr, g, objects.None)
				if err == errGenExhausted {
					sp--
					slots[sp] = value{}
					ip = arg
					continue
				}
				if err != nil {
					return value{}, err
				}
				load(nf)
				continue
			}
			x, handled := objects.NextFast(it)
			if !handled {
				save()
				if g := asGenerator(objects.IterGenerator(it)); g != nil {
					// A map/filter/zip/enumerate object computed by Python
					// code: resume its generator as a frame (geniter.go).
					nf, err := t.resumeGenFrame(fr, g, objects.None)
					if err == errGenExhausted {
						sp--
						slots[sp] = value{}
						ip = arg
						continue
					}
					if err != nil {
						return value{}, err
					}
					load(nf)
					continue
				}
				if f := pyDunder(it, nameNext); f != nil {
					if err := dunder(f, []value{it}, retForIter, value{}, value{}, 0); err != nil {
						return value{}, err
					}
					continue
				}
				if seq := objects.SeqIterSeq(it); !seq.IsNil() {
					if f := pyDunder(seq, nameGetItem); f != nil {
						i := objects.Int(int64(objects.SeqIterAdvance(it)))
						if err := dunder(f, []value{seq, i}, retSeqIter, it, value{}, 0); err != nil {
							return value{}, err
						}
						continue
					}
				}
				x, err = objects.Next(t, it)
				if err != nil {
					return value{}, err
				}
			}
			if x.IsNil() {
				sp--
				slots[sp] = value{}
				ip = arg
				continue
			}
			slots[sp] = x
			sp++
		case compile.Call, compile.CallKw, compile.CallMethod, compile.CallEx:
			if t.breaker.isSet() {
				save()
				if err := t.serviceBreaker(); err != nil {
					return value{}, err
				}
			}
			var fn value
			var args []value
			var kwnames []string
			base := 0 // slot that receives the result
			switch op {
			case compile.Call:
				base = sp - arg - 1
				fn = slots[base]
				args = slots[base+1 : sp]
			case compile.CallKw:
				names := objects.AsTuple(slots[sp-1]).Items
				kwnames = make([]string, len(names))
				for i, n := range names {
					kwnames[i] = objects.AsStr(n).S
				}
				sp--
				slots[sp] = value{}
				base = sp - arg - 1
				fn = slots[base]
				args = slots[base+1 : sp]
			case compile.CallMethod:
				base = sp - arg - 2
				fn = slots[base]
				if slots[base+1].IsNil() {
					args = slots[base+2 : sp]
				} else {
					args = slots[base+1 : sp]
				}
			case compile.CallEx:
				base = sp - 3
				fn = slots[base]
				if tup := objects.AsTuple(slots[base+1]); tup != nil {
					args = tup.Items
				} else {
					save()
					if args, err = callExArgs(t, fn, slots[base+1]); err != nil {
						return value{}, err
					}
				}
				if kw := objects.AsDict(slots[base+2]); kw != nil {
					ks, vs := kw.Items()
					args = append(append([]value(nil), args...), vs...)
					kwnames = make([]string, len(ks))
					for i, k := range ks {
						s := objects.AsStr(k)
						if s == nil {
							save()
							return value{}, objects.Errorf(objects.TypeErrorType, "keywords must be strings")
						}
						kwnames[i] = s.S
					}
				} else if !slots[base+2].IsNone() {
					save()
					return value{}, objects.Errorf(objects.TypeErrorType, "argument after ** must be a mapping, not %s", slots[base+2].Type().Name)
				}
			}
			save()
			if ft := fn.Type(); ft != objects.FunctionType && ft != objects.MethodType {
				// A built-in that would drive Python code from Go runs as its
				// Python version instead (objects.Builtin.Redirect).
				called := fn
				if b := objects.AsBuiltin(fn); b != nil {
					if b.Redirect != nil {
						if !b.Self.IsNil() {
							args = append([]value{b.Self}, args...)
						}
						if py := b.Redirect(t, args, kwnames); !py.IsNil() {
							fn = py
						} else if !b.Self.IsNil() {
							args = args[1:]
						}
					}
				} else if tp := objects.AsType(fn); tp != nil && tp.Redirect != nil {
					if py := tp.Redirect(t, args, kwnames); !py.IsNil() {
						fn = py
					}
				}
				// len(x), hash(x) ... of a Python dunder: push it
				// (dundercall.go).
				if dc := asDunderCall(fn); dc != nil {
					if fn.Is(nextGenCall) {
						// The hook checked that args[0] is a generator.
						g := asGenerator(args[0])
						clear(slots[base:sp])
						sp = base
						save()
						nf, err := t.resumeGenFrame(fr, g, objects.None)
						if err == errGenExhausted {
							return value{}, objects.NewException(objects.StopIterationType)
						}
						if err != nil {
							return value{}, err
						}
						load(nf)
						continue
					}
					if f, callArgs := dunderCallArgs(dc, args); f != nil {
						clear(slots[base:sp])
						sp = base
						if err := dunder(f, callArgs, dc.kind, value{}, value{}, 0); err != nil {
							return value{}, err
						}
						continue
					}
					fn = called
				}
				// An instance of a Python class with a Python __call__,
				// or a class whose metaclass has one.
				if !ft.Builtin {
					if f := pyDunder(fn, nameCall); f != nil {
						args = append([]value{fn}, args...)
						fn = f.Value()
					}
				}
			}
			// Python functions: push a frame and continue in this loop.
			if m := objects.AsMethod(fn); m != nil && objects.AsFunction(m.Func) != nil {
				if k := sp - len(args); op != compile.CallEx && k > base && (len(args) == 0 || &args[0] == &slots[k]) {
					// The arguments are the top of the value stack: the
					// slot below them (the callee, or CALL_METHOD's empty
					// self) takes the receiver, so binding allocates
					// nothing. The callee is held in fn and the slots
					// are cleared once the frame is made.
					slots[k-1] = m.Self
					args = slots[k-1 : sp]
				} else {
					args = append([]value{m.Self}, args...)
				}
				fn = m.Func
			}
			if f := objects.AsFunction(fn); f != nil {
				nf, err := t.newCallFrame(f, args, kwnames)
				if err != nil {
					return value{}, err
				}
				clear(slots[base:sp])
				fr.sp = base
				if nf.gen != nil {
					slots[base] = nf.gen.Value()
					sp = base + 1
					fr.sp = sp
					continue
				}
				if err := t.pushFrame(fr, nf); err != nil {
					return value{}, err
				}
				load(nf)
				continue
			}
			if tp := objects.AsType(fn); tp != nil && tp != objects.TypeType && tp.Type() == objects.TypeType {
				if newF := pyNew(tp); newF != nil {
					callArgs := append([]value(nil), args...)
					clear(slots[base:sp])
					sp = base
					save()
					if err := t.startNew(fr, tp, newF, callArgs, kwnames); err != nil {
						return value{}, err
					}
					load(t.frame)
					continue
				}
				if nf, inst, handled, err := t.instantiate(tp, args, kwnames); handled {
					if err != nil {
						return value{}, err
					}
					clear(slots[base:sp])
					fr.sp = base
					if nf == nil {
						slots[base] = inst
						sp = base + 1
						continue
					}
					if err := t.pushFrame(fr, nf); err != nil {
						return value{}, err
					}
					load(nf)
					continue
				}
			}
			t.direct = fn
			r, err := objects.Call(t, fn, args, kwnames)
			t.direct = value{}
			if err != nil {
				if err == objects.ErrPark {
					clear(slots[base:sp])
					sp = base
					save()
				}
				return value{}, err
			}
			clear(slots[base:sp])
			sp = base
			slots[sp] = r
			sp++
		case compile.Return:
			sp--
			r := slots[sp]
			slots[sp] = value{}
			save()
			if !fr.initSelf.IsNil() {
				if !r.IsNone() {
					return value{}, objects.Errorf(objects.TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
				}
				r = fr.initSelf
			}
			back, entry := fr.back, fr.entry
			// isGen is read before load(back) makes fr the caller.
			isGen := fr.gen != nil
			kind := fr.ret
			var ra, rb value
			var rop int32
			if kind != retPush {
				ra, rb, rop = fr.retA, fr.retB, fr.retOp
			}
			if isGen {
				fr.gen.finished = true
			}
			t.popFrame(fr)
			if entry {
				// A generator run from Go reports completion through
				// its finished flag (resumeGen).
				t.frame = back
				return r, nil
			}
			t.frame = back
			load(back)
			if isGen {
				// The generator finished inside a FOR_ITER or SEND of back.
				prev, parg := compile.Decode(instrs[ip-1])
				switch prev {
				case compile.ForIter:
					sp--
					slots[sp] = value{}
					ip = parg
				case compile.Call:
					// next(gen) resumed it from CALL (dundercall.go):
					// its return value is the StopIteration's.
					save()
					return value{}, stopIteration(r)
				case compile.Send:
					if asendFinished(slots[sp-1]) {
						save()
						return value{}, objects.NewException(objects.StopAsyncIterationType)
					}
					slots[sp-1] = r
					ip = parg
				}
				continue
			}
			if kind != retPush {
				if err := t.finishDunder(back, kind, ra, rb, rop, r); err != nil {
					return value{}, err
				}
				load(t.frame)
				continue
			}
			slots[sp] = r
			sp++
		case compile.Yield:
			sp--
			r := slots[sp]
			slots[sp] = value{}
			save()
			back, entry := fr.back, fr.entry
			asyncGen := fr.code.Flags&objects.CodeAsyncGenerator != 0
			t.popFrame(fr)
			t.frame = back
			if entry {
				fr.entry = false
				return r, nil
			}
			load(back)
			if asyncGen && asendYielded(slots, sp, instrs, &ip, r) {
				continue
			}
			// back is at FOR_ITER (push the value) or SEND (push it too:
			// [it r], then its own YIELD passes it outward).
			slots[sp] = r
			sp++
		case compile.Send:
			v := slots[sp-1]
			slots[sp-1] = value{}
			sp--
			it := slots[sp-1]
			save()
			if op := asAsyncGenOp(it); op != nil && op.stackless() {
				nf, err := t.resumeAsend(fr, op, v)
				if err != nil {
					return value{}, err
				}
				load(nf)
				continue
			}
			if g := asGenerator(it); g != nil {
				nf, err := t.resumeGenFrame(fr, g, v)
				if err == errGenExhausted {
					slots[sp-1] = objects.None
					ip = arg
					continue
				}
				if err != nil {
					return value{}, err
				}
				load(nf)
				continue
			}
			if handled, err := t.sendStackless(fr, it, v, dunder); err != nil {
				return value{}, err
			} else if handled {
				load(t.frame)
				continue
			}
			var r value
			if v.IsNone() && it.Type().Builtin {
				r, err = objects.Next(t, it)
				if err == nil && r.IsNil() {
					slots[sp-1] = objects.None
					ip = arg
					continue
				}
			} else {
				// A Python iterator's StopIteration carries the value of
				// the yield from / await expression.
				meth := "send"
				args := []value{v}
				if v.IsNone() {
					meth, args = "__next__", nil
				}
				r, err = callMethod(t, it, meth, args...)
				if e, ok := err.(*objects.Exception); ok && e.Matches(objects.StopIterationType) {
					slots[sp-1] = e.StopValue()
					ip = arg
					continue
				}
			}
			if err != nil {
				return value{}, err
			}
			slots[sp] = r
			sp++
		case compile.MakeFunction:
			save()
			qual := slots[sp-1]
			c := objects.AsCode(slots[sp-2])
			sp -= 2
			slots[sp], slots[sp+1] = value{}, value{}
			pop := func() value { sp--; v := slots[sp]; slots[sp] = value{}; return v }
			f := makeFunction(fr, arg, c, qual, pop)
			slots[sp] = f.Value()
			sp++
		case compile.BuildClass:
			save()
			kw := objects.AsDict(slots[sp-1])
			bases := append([]value(nil), slots[sp-arg:sp-1]...)
			name := slots[sp-arg-1]
			body := slots[sp-arg-2]
			clear(slots[sp-arg-2 : sp])
			sp -= arg + 2
			fr.sp = sp
			if err := t.startClass(fr, objects.AsFunction(body), objects.AsStr(name).S, bases, kw); err != nil {
				return value{}, err
			}
			load(t.frame)
		case compile.Raise:
			save()
			return value{}, t.doRaise(slots, sp, arg)
		case compile.Reraise:
			sp--
			v := slots[sp]
			slots[sp] = value{}
			save()
			return value{}, errReraise{objects.AsException(v)}
		case compile.PushExcInfo:
			exc := slots[sp-1]
			prev := objects.None
			if t.excInfo != nil {
				prev = t.excInfo.Value()
			}
			slots[sp-1] = prev
			slots[sp] = exc
			sp++
			t.excInfo = objects.AsException(exc)
		case compile.PopExcept:
			sp--
			t.excInfo = objects.AsException(slots[sp])
			slots[sp] = value{}
		case compile.CheckExcMatch:
			save()
			ok, err := excMatches(t, slots[sp-2], slots[sp-1])
			if err != nil {
				return value{}, err
			}
			slots[sp-1] = objects.Bool(ok)
		case compile.ImportName:
			save()
			m, err := t.importName(code.Names[arg].S, slots[sp-1], slots[sp-2], fr.globals)
			if err != nil {
				return value{}, err
			}
			sp--
			slots[sp] = value{}
			slots[sp-1] = m
		case compile.ImportFrom:
			save()
			v, err := t.importFrom(slots[sp-1], code.Names[arg])
			if err != nil {
				return value{}, err
			}
			slots[sp] = v
			sp++
		case compile.ImportStar:
			save()
			if err := importStar(t, slots[sp-1], fr); err != nil {
				return value{}, err
			}
			sp--
			slots[sp] = value{}
		case compile.FormatValue:
			save()
			spec := ""
			if arg&4 != 0 {
				sp--
				spec = objects.AsStr(slots[sp]).S
				slots[sp] = value{}
			}
			if f, args, kind := formatDunder(slots[sp-1], arg&3, spec); f != nil {
				sp--
				slots[sp] = value{}
				if err := dunder(f, args, kind, objects.StrValue(spec), value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			s, err := formatValue(t, slots[sp-1], arg&3, spec)
			if err != nil {
				return value{}, err
			}
			slots[sp-1] = s
		case compile.BeforeWith:
			save()
			cm := slots[sp-1]
			if f := pyDunder(cm, nameEnter); f != nil {
				if exitF, ok := cm.Type().Lookup(nameExit); ok {
					exit, err := bind(t, exitF, cm)
					if err != nil {
						return value{}, err
					}
					slots[sp-1] = exit
					if err := dunder(f, []value{cm}, retPush, value{}, value{}, 0); err != nil {
						return value{}, err
					}
					continue
				}
			}
			exit, enterRes, err := beforeWith(t, cm)
			if err != nil {
				if err == objects.ErrPark {
					// __enter__ parked (a lock acquire): the resume
					// pushes its result above the bound __exit__.
					slots[sp-1] = exit
				}
				return value{}, err
			}
			slots[sp-1] = exit
			slots[sp] = enterRes
			sp++
		case compile.WithExitNormal:
			save()
			sp--
			exit := slots[sp]
			slots[sp] = value{}
			if f, self := boundPy(exit); f != nil {
				if err := dunder(f, []value{self, objects.None, objects.None, objects.None}, retDiscard, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			if _, err := t.Call(exit, []value{objects.None, objects.None, objects.None}, nil); err != nil {
				return value{}, err
			}
		case compile.WithExcept:
			save()
			exc := objects.AsException(slots[sp-1])
			exit := slots[sp-3]
			if f, self := boundPy(exit); f != nil {
				if err := dunder(f, []value{self, exc.Type().Value(), exc.Value(), objects.TracebackValue(exc.Traceback)}, retExitTruth, value{}, value{}, 0); err != nil {
					return value{}, err
				}
				continue
			}
			r, err := t.Call(exit, []value{exc.Type().Value(), exc.Value(), objects.TracebackValue(exc.Traceback)}, nil)
			if err != nil {
				return value{}, err
			}
			b, err := objects.Truth(t, r)
			if err != nil {
				return value{}, err
			}
			slots[sp] = objects.Bool(b)
			sp++
		case compile.LoadAssertion:
			slots[sp] = objects.AssertionErrorType.Value()
			sp++
		case compile.LoadLocals:
			slots[sp] = fr.locals.Value()
			sp++
		default:
			save()
			if err := t.execExtOp(fr, op, arg); err != nil {
				return value{}, err
			}
			load(t.frame) // fr, or the frame BUILD_CLASS_EX pushed
		}
	}
}

// cmpOrdered is COMPARE_OP's fast path for two small ints or two floats.
func cmpOrdered[T int64 | float64](x, y T, op objects.CompareOp) bool {
	switch op {
	case objects.CmpEq:
		return x == y
	case objects.CmpNe:
		return x != y
	case objects.CmpLt:
		return x < y
	case objects.CmpLe:
		return x <= y
	case objects.CmpGt:
		return x > y
	}
	return x >= y
}

// serviceBreaker handles an eval-breaker request: preemption, then the
// Python-level signal handlers when this is the thread that runs them
// (signals.go); an exception a handler raises is raised here.
func (t *Thread) serviceBreaker() error {
	t.breaker.clear()
	if t.Preempt != nil {
		t.Preempt(t)
	}
	return t.runPendingSignals()
}

func derefError(code *objects.Code, i int) error {
	if i < len(code.CellVars) {
		return objects.Errorf(objects.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.CellVars[i])
	}
	return objects.Errorf(objects.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", code.FreeVars[i-len(code.CellVars)])
}

// binarySlow is the general path of the Binary and InPlace opcodes: the
// operator protocol, with the in-place dunder tried first for InPlace.
func binarySlow(t *Thread, op compile.Op, a, b value, bop objects.BinaryOp) (value, error) {
	if op == compile.InPlace {
		return objects.InPlace(t, a, b, bop)
	}
	return objects.Binary(t, a, b, bop)
}
