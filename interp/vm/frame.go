package vm

import (
	"strconv"
	"strings"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// newFrame makes a frame for code with its window on the value stack.
func (t *Thread) newFrame(code *objects.Code, fn *objects.Function, globals, locals *objects.Dict) *Frame {
	n := code.NLocals() + len(code.CellVars) + len(code.FreeVars) + code.StackSize
	var fr *Frame
	var gen *Generator
	var genSlots []objects.Value
	if code.Flags&objects.CodeGenerator != 0 {
		gen, fr, genSlots = allocGenerator(n)
		*fr = Frame{code: code, fn: fn, globals: globals, locals: locals}
	} else if k := len(t.framePool); k > 0 {
		// Reuse a finished frame: a call costs no Frame allocation.
		fr = t.framePool[k-1]
		t.framePool = t.framePool[:k-1]
		*fr = Frame{code: code, fn: fn, globals: globals, locals: locals}
	} else {
		fr = &Frame{code: code, fn: fn, globals: globals, locals: locals}
	}
	if fn != nil {
		fr.builtins = fn.Builtins
	} else {
		fr.builtins = builtinsOf(globals, t.interp.Builtins)
	}
	if gen != nil {
		// The generator is made ready by newCallFrame (initGenerator).
		fr.slots, fr.gen = genSlots, gen
	} else {
		fr.slots, fr.window = t.values.push(n)
	}
	fr.base = code.NLocals() + len(code.CellVars) + len(code.FreeVars)
	fr.sp = fr.base
	return fr
}

// releaseFrame gives a finished frame's window back.
func (t *Thread) releaseFrame(fr *Frame) {
	if fr.window.onStack {
		t.values.pop()
		fr.slots = nil
		fr.window.onStack = false
		if len(t.framePool) < 64 {
			t.framePool = append(t.framePool, fr)
		}
	}
}

// newCallFrame binds arguments for a call of f and returns the frame (for
// a generator function, a frame owned by a new generator object).
func (t *Thread) newCallFrame(f *objects.Function, args []objects.Value, kwnames []string) (*Frame, error) {
	code := f.Code
	fr := t.newFrame(code, f, f.Globals, nil)
	if err := bindArgs(t, f, fr.slots, args, kwnames); err != nil {
		t.releaseFrame(fr)
		return nil, err
	}
	nl := code.NLocals()
	for i := range code.CellVars {
		var init objects.Value
		if a := code.CellArgs[i]; a >= 0 {
			init = fr.slots[a]
		}
		fr.slots[nl+i] = objects.NewCell(init).Value()
	}
	for i, c := range f.Closure {
		fr.slots[nl+len(code.CellVars)+i] = c.Value()
	}
	if fr.gen != nil {
		initGenerator(fr.gen, fr)
	}
	return fr, nil
}

// bindArgs stores the arguments of a call into the local slots, with
// CPython's rules and error messages.
func bindArgs(ctx objects.Ctx, f *objects.Function, slots []objects.Value, args []objects.Value, kwnames []string) error {
	code := f.Code
	npos := len(args) - len(kwnames)
	argc := code.ArgCount
	if len(kwnames) == 0 && npos == argc && code.Flags&(objects.CodeVarArgs|objects.CodeVarKeywords) == 0 && code.KwOnlyCount == 0 {
		copy(slots, args)
		return nil
	}
	name := f.Qualname
	nparams := argc + code.KwOnlyCount
	varargsIdx, kwargsIdx := -1, -1
	idx := nparams
	if code.Flags&objects.CodeVarArgs != 0 {
		varargsIdx = idx
		idx++
	}
	if code.Flags&objects.CodeVarKeywords != 0 {
		kwargsIdx = idx
	}
	n := npos
	if n > argc {
		if varargsIdx < 0 {
			return tooManyPositional(f, npos, len(kwnames) > 0, args, kwnames)
		}
		n = argc
	}
	copy(slots, args[:n])
	if varargsIdx >= 0 {
		slots[varargsIdx] = objects.NewTuple(append([]objects.Value(nil), args[n:npos]...)).Value()
	}
	var kwdict *objects.Dict
	if kwargsIdx >= 0 {
		kwdict = objects.NewDict()
		slots[kwargsIdx] = kwdict.Value()
	}
	for i, kw := range kwnames {
		v := args[npos+i]
		found := -1
		for j := code.PosOnlyCount; j < nparams; j++ {
			if code.VarNames[j] == kw {
				found = j
				break
			}
		}
		if found < 0 {
			if kwdict != nil {
				if err := kwdict.SetItem(ctx, objects.StrValue(kw), v); err != nil {
					return err
				}
				continue
			}
			for j := 0; j < code.PosOnlyCount; j++ {
				if code.VarNames[j] == kw {
					return posOnlyAsKeyword(code, name, kwnames)
				}
			}
			return objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, kw)
		}
		if !slots[found].IsNil() {
			return objects.Errorf(objects.TypeErrorType, "%s() got multiple values for argument '%s'", name, kw)
		}
		slots[found] = v
	}
	// Defaults.
	ndef := len(f.Defaults)
	var missing []string
	for j := n; j < argc; j++ {
		if !slots[j].IsNil() {
			continue
		}
		if d := j - (argc - ndef); d >= 0 {
			slots[j] = f.Defaults[d]
		} else {
			missing = append(missing, code.VarNames[j])
		}
	}
	if len(missing) > 0 {
		return missingArgs(name, "positional", missing)
	}
	for j := argc; j < nparams; j++ {
		if !slots[j].IsNil() {
			continue
		}
		if f.KwDefaults != nil {
			if v, ok := f.KwDefaults.GetStr(objects.Interned(code.VarNames[j])); ok {
				slots[j] = v
				continue
			}
		}
		missing = append(missing, code.VarNames[j])
	}
	if len(missing) > 0 {
		return missingArgs(name, "keyword-only", missing)
	}
	return nil
}

func tooManyPositional(f *objects.Function, given int, hasKw bool, args []objects.Value, kwnames []string) error {
	code := f.Code
	argc := code.ArgCount
	ndef := len(f.Defaults)
	var takes string
	if ndef > 0 {
		takes = "from " + strconv.Itoa(argc-ndef) + " to " + strconv.Itoa(argc) + " positional arguments"
	} else {
		takes = strconv.Itoa(argc) + " positional argument" + plural(argc)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	kwo := 0
	for _, kw := range kwnames {
		for j := argc; j < argc+code.KwOnlyCount; j++ {
			if code.VarNames[j] == kw {
				kwo++
			}
		}
	}
	extra := ""
	if kwo > 0 {
		extra = " positional argument" + plural(given) + " (and " + strconv.Itoa(kwo) + " keyword-only argument" + plural(kwo) + ")"
		return objects.Errorf(objects.TypeErrorType, "%s() takes %s but %d%s %s given", f.Qualname, takes, given, extra, was)
	}
	return objects.Errorf(objects.TypeErrorType, "%s() takes %s but %d %s given", f.Qualname, takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func missingArgs(name, kind string, missing []string) error {
	q := make([]string, len(missing))
	for i, m := range missing {
		q[i] = "'" + m + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return objects.Errorf(objects.TypeErrorType, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, plural(len(missing)), list)
}

// makeFunction implements MAKE_FUNCTION.
func makeFunction(fr *Frame, flags int, code *objects.Code, qualname objects.Value, pop func() objects.Value) *objects.Function {
	f := objects.NewFunction(code, fr.globals, fr.builtins)
	if s := objects.AsStr(qualname); s != nil {
		f.Qualname = s.S
	}
	if code.Flags&compile.CodeHasDoc != 0 {
		f.Doc = code.Consts[0]
	}
	if flags&compile.FnClosure != 0 {
		cells := objects.AsTuple(pop()).Items
		f.Closure = make([]*objects.Cell, len(cells))
		for i, c := range cells {
			f.Closure[i] = objects.AsCell(c)
		}
	}
	if flags&compile.FnAnnotations != 0 {
		f.SetAnnotations(objects.AsDict(pop()))
	}
	if flags&compile.FnAnnotate != 0 {
		f.SetAnnotate(pop())
	}
	if flags&compile.FnKwDefaults != 0 {
		f.KwDefaults = objects.AsDict(pop())
	}
	if flags&compile.FnDefaults != 0 {
		f.Defaults = objects.AsTuple(pop()).Items
	}
	return f
}

// builtinsOf is the builtins namespace of code run with globals (a module
// body, exec, eval): globals["__builtins__"] when it is a dict or a
// module, as in CPython, so exec(src, {"__builtins__": {...}}) restricts
// what the code sees; def falls back to the interpreter's builtins.
func builtinsOf(globals, def *objects.Dict) *objects.Dict {
	if globals == nil {
		return def
	}
	b, ok := globals.GetStr(nameBuiltins)
	if !ok {
		return def
	}
	if d := objects.AsDict(b); d != nil {
		return d
	}
	if m := objects.AsModule(b); m != nil {
		return m.Dict
	}
	return def
}

var nameBuiltins = objects.Interned("__builtins__")
