package vm

import (
	"strconv"

	"github.com/weftrun/weft/interp/objects"
)

func hexID(v objects.Value) string { return "0x" + strconv.FormatInt(v.ID(), 16) }

// loadMethod looks name up for a call: a plain function or built-in method
// found on the class (and not shadowed by the instance dict) is returned
// unbound with bound=true, saving the bound-method allocation; mc, when
// not nil, is the instruction's cache of that class-level lookup (ac, its
// instance-dict hint, for loadAttr). Any
// other attribute is fetched by loadAttr, so a Python getter or
// __getattr__ comes back as f and args to run as a frame.
func loadMethod(t *Thread, self objects.Value, name *objects.Str, mc *objects.MethodCache, ac *objects.AttrCache) (m objects.Value, bound bool, f *objects.Function, args []objects.Value, err error) {
	tp := self.Type()
	if mc != nil {
		if m, ok := mc.Load(tp); ok {
			if d := objects.InstanceDict(self); d == nil || !hasKey(d, name) {
				return m, true, nil, nil, nil
			}
		}
	}
	tag := tp.MROTag() // before the lookups, for mc.Store
	if tp.GetAttr == nil || isGenericGetAttr(tp) {
		if m, ok := tp.Lookup(name); ok {
			mt := m.Type()
			if mt == objects.FunctionType || mt == objects.MethodDescrType {
				if mc != nil {
					mc.Store(tp, tag, m)
				}
				if d := objects.InstanceDict(self); d == nil || !hasKey(d, name) {
					return m, true, nil, nil, nil
				}
			}
		}
	}
	m, f, args, err = loadAttr(t, self, name, ac)
	return m, false, f, args, err
}

func hasKey(d *objects.Dict, name *objects.Str) bool { _, ok := d.GetStr(name); return ok }

// getattributeName is interned once: LookupString would allocate a str
// and hash it on every LOAD_METHOD (a fifth of a generator-heavy
// profile).
var getattributeName = objects.Interned("__getattribute__")

// isGenericGetAttr reports whether instances of tp use object's attribute
// lookup (so the method shortcut is valid).
func isGenericGetAttr(tp *objects.Type) bool {
	// object's own __getattribute__ is the generic lookup, and so is a
	// built-in type's GetAttr that defers methods to it; any other one (a
	// class's, another built-in type's slot wrapper) is custom.
	if !objects.MethodShortcutSafe(tp) {
		return false
	}
	return tp.Layout != objects.ModuleType && tp != objects.TypeType && objects.AsType(tp.Value()) != nil && !tp.IsSubtype(objects.TypeType)
}

func callMethod(t *Thread, obj objects.Value, name string, args ...objects.Value) (objects.Value, error) {
	m, err := objects.GetAttr(t, obj, objects.Interned(name))
	if err != nil {
		return objects.Value{}, err
	}
	return t.Call(m, args, nil)
}

func dictMerge(t *Thread, d *objects.Dict, src objects.Value) error {
	if s := objects.AsDict(src); s != nil {
		ks, vs := s.Items()
		for i := range ks {
			if err := d.SetItem(t, ks[i], vs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	keys, err := callMethod(t, src, "keys")
	if err != nil {
		return objects.Errorf(objects.TypeErrorType, "'%s' object is not a mapping", src.Type().Name)
	}
	ks, err := objects.ToSlice(t, keys)
	if err != nil {
		return err
	}
	for _, k := range ks {
		v, err := objects.GetItem(t, src, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(t, k, v); err != nil {
			return err
		}
	}
	return nil
}

func unpackItems(t *Thread, seq objects.Value, op interface{ String() string }, arg int) ([]objects.Value, error) {
	var items []objects.Value
	if tu := objects.AsTuple(seq); tu != nil {
		items = tu.Items
	} else {
		var err error
		if seq.Type().Iter == nil && seq.Type().GetItem == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot unpack non-iterable %s object", seq.Type().Name)
		}
		items, err = objects.ToSlice(t, seq)
		if err != nil {
			return nil, err
		}
	}
	if op.String() == "UNPACK_SEQUENCE" {
		if len(items) != arg {
			if len(items) > arg {
				return nil, objects.Errorf(objects.ValueErrorType, "too many values to unpack (expected %d)", arg)
			}
			return nil, objects.Errorf(objects.ValueErrorType, "not enough values to unpack (expected %d, got %d)", arg, len(items))
		}
		return items, nil
	}
	before, after := arg&0xff, arg>>8
	if len(items) < before+after {
		return nil, objects.Errorf(objects.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]objects.Value, 0, before+after+1)
	out = append(out, items[:before]...)
	out = append(out, objects.NewList(append([]objects.Value(nil), items[before:len(items)-after]...)).Value())
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

// instantiate handles calling a class whose __init__ is a Python function
// without Go recursion: it creates the instance and returns a frame for
// __init__ (nil frame: the instance is ready). handled is false when the
// class needs the general path (custom __new__, metaclass __call__).
func (t *Thread) instantiate(tp *objects.Type, args []objects.Value, kwnames []string) (*Frame, objects.Value, bool, error) {
	if nv, ok := tp.Lookup(nameNew); ok && !isObjectNew(nv) {
		return nil, objects.Value{}, false, nil
	}
	initV, ok := tp.Lookup(nameInit)
	initF := objects.AsFunction(initV)
	if !ok || initF == nil || tp.New == nil {
		return nil, objects.Value{}, false, nil
	}
	inst, err := tp.New(t, tp, args, kwnames)
	if err != nil {
		return nil, objects.Value{}, true, err
	}
	fr, err := t.newInitFrame(initF, inst, args, kwnames)
	if err != nil {
		return nil, objects.Value{}, true, err
	}
	if fr.gen != nil {
		return nil, objects.Value{}, true, objects.Errorf(objects.TypeErrorType, "__init__() should return None, not 'generator'")
	}
	fr.initSelf = inst
	return fr, inst, true, nil
}

// pushFrameNested accounts a nested frame against the recursion limit.
func (t *Thread) pushFrameNested(fr *Frame) error {
	if t.depth >= t.interp.RecursionLimit() {
		t.releaseFrame(fr)
		return objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.depth++
	return nil
}

// makeException turns a raised value (class or instance) into an
// exception.
func makeException(t *Thread, v objects.Value) (*objects.Exception, error) {
	if e := objects.AsException(v); e != nil {
		return e, nil
	}
	if tp := objects.AsType(v); tp != nil && tp.IsSubtype(objects.BaseExceptionType) {
		r, err := t.Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		if e := objects.AsException(r); e != nil {
			return e, nil
		}
		return nil, objects.Errorf(objects.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", tp.Name, r.Type().Name)
	}
	return nil, objects.Errorf(objects.TypeErrorType, "exceptions must derive from BaseException")
}

// throwException builds the exception of gen.throw(typ[, val[, tb]]) as
// CPython does: an instance is thrown as is (it may not come with a
// separate value); a class with a value that is already one of its
// instances throws that instance; otherwise the class is called with the
// value (a tuple is spread as the arguments), or with nothing when the
// value is absent or None. Without this a generator-based context manager
// (contextlib.contextmanager throws (type, value, tb)) would see a fresh
// KeyError() in place of the KeyError('boom') raised in its block.
func throwException(t *Thread, args []objects.Value) (*objects.Exception, error) {
	typ := args[0]
	if len(args) < 2 || args[1].Is(objects.None) {
		return makeException(t, typ)
	}
	val := args[1]
	if objects.AsException(typ) != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "instance exception may not have a separate value")
	}
	tp := objects.AsType(typ)
	if tp == nil || !tp.IsSubtype(objects.BaseExceptionType) {
		return makeException(t, typ)
	}
	if e := objects.AsException(val); e != nil && val.Type().IsSubtype(tp) {
		return e, nil
	}
	callArgs := []objects.Value{val}
	if tup := objects.AsTuple(val); tup != nil {
		callArgs = tup.Items
	}
	r, err := t.Call(typ, callArgs, nil)
	if err != nil {
		return nil, err
	}
	if e := objects.AsException(r); e != nil {
		return e, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", tp.Name, r.Type().Name)
}

func (t *Thread) doRaise(slots []objects.Value, sp, arg int) error {
	switch arg {
	case 0:
		if t.excInfo == nil {
			return objects.Errorf(objects.RuntimeErrorType, "No active exception to reraise")
		}
		return errReraise{t.excInfo}
	case 1:
		e, err := makeException(t, slots[sp-1])
		if err != nil {
			return err
		}
		return e
	}
	e, err := makeException(t, slots[sp-2])
	if err != nil {
		return err
	}
	cause := slots[sp-1]
	if cause.IsNone() {
		e.Cause = nil
	} else {
		c, err := makeException(t, cause)
		if err != nil {
			return objects.Errorf(objects.TypeErrorType, "exception causes must derive from BaseException")
		}
		e.Cause = c
	}
	e.SuppressContext = true
	return e
}

func excMatches(t *Thread, exc, typ objects.Value) (bool, error) {
	e := objects.AsException(exc)
	if tu := objects.AsTuple(typ); tu != nil {
		for _, x := range tu.Items {
			ok, err := excMatches(t, exc, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	tp := objects.AsType(typ)
	if tp == nil || !tp.IsSubtype(objects.BaseExceptionType) {
		return false, objects.Errorf(objects.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	}
	return e.Matches(tp), nil
}

func beforeWith(t *Thread, cm objects.Value) (exit, res objects.Value, err error) {
	enter, ok := cm.Type().LookupString("__enter__")
	if !ok {
		return exit, res, objects.Errorf(objects.TypeErrorType, "'%s' object does not support the context manager protocol", cm.Type().Name)
	}
	exitF, ok := cm.Type().LookupString("__exit__")
	if !ok {
		return exit, res, objects.Errorf(objects.TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", cm.Type().Name)
	}
	exit, err = bind(t, exitF, cm)
	if err != nil {
		return
	}
	enterB, err := bind(t, enter, cm)
	if err != nil {
		return
	}
	t.direct = enterB
	res, err = t.Call(enterB, nil, nil)
	t.direct = objects.Value{}
	return
}

func bind(t *Thread, f, self objects.Value) (objects.Value, error) {
	if g := f.Type().DescrGet; g != nil {
		return g(t, f, self, self.Type())
	}
	return f, nil
}

// formatValue implements f-string replacement fields.
func formatValue(t *Thread, v objects.Value, conv int, spec string) (objects.Value, error) {
	var err error
	switch conv {
	case 1:
		var s string
		s, err = objects.ToStr(t, v)
		v = objects.StrValue(s)
	case 2:
		var s string
		s, err = objects.Repr(t, v)
		v = objects.StrValue(s)
	case 3:
		var s string
		s, err = objects.ASCII(t, v)
		v = objects.StrValue(s)
	}
	if err != nil {
		return objects.Value{}, err
	}
	if spec == "" && objects.AsStr(v) != nil && v.Type() == objects.StrType {
		return v, nil
	}
	s, err := objects.Format(t, v, spec)
	if err != nil {
		return objects.Value{}, err
	}
	return objects.StrValue(s), nil
}

// isObjectNew reports whether v is object.__new__ (the default that
// instantiate can bypass).
func isObjectNew(v objects.Value) bool {
	o, _ := objects.ObjectType.Lookup(nameNew)
	return v.Is(o)
}
