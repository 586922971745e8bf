package objects

// This file is type.__new__: what happens to a class after its body ran
// and its metaclass asked type to build it. NewClass lays the type out
// (MRO, slots); TypeNew adds the steps that run Python code, in CPython's
// order (type_new_impl then type_new_set_names and init_subclass):
//
//  1. __init_subclass__ and __class_getitem__ defined as plain functions
//     in the body become classmethods, as the language reference says
//     (the body never writes @classmethod for them);
//  2. the class is created;
//  3. __classcell__, the cell that zero-argument super() and __class__
//     read, is filled with the new class and removed from its dict;
//  4. every attribute whose type has __set_name__ is told its owner and
//     name (descriptors such as cached_property and dataclass fields);
//  5. the nearest base's __init_subclass__ runs with the class
//     statement's keyword arguments (object's rejects any).
//
// Errors in steps 4 and 5 propagate: the class statement fails.

// TypeNew implements type.__new__(meta, name, bases, ns, **kw). kwargs
// holds the values of the class statement's keyword arguments and kwnames
// their names (the two have the same length); they go to
// __init_subclass__.
func TypeNew(ctx Ctx, meta *Type, name string, bases []*Type, ns *Dict, kwargs []Value, kwnames []string) (*Type, error) {
	cls, hooks, err := TypeNewDeferred(ctx, meta, name, bases, ns, kwargs, kwnames)
	if err != nil {
		return nil, err
	}
	for _, h := range hooks {
		if _, err := ctx.Call(h.Fn, h.Args, h.KwNames); err != nil {
			return nil, h.Error(err, cls)
		}
	}
	return cls, nil
}

// ClassHook is one call type.__new__ makes once the class exists: an
// attribute's __set_name__ (Attr and Name are set) or the nearest base's
// __init_subclass__ (bound to the class).
type ClassHook struct {
	Fn         Value
	Args       []Value
	KwNames    []string
	Attr, Name Value
}

// Error is the exception the class statement raises when the hook failed
// with err: CPython wraps a __set_name__ failure in a RuntimeError.
func (h *ClassHook) Error(err error, cls *Type) error {
	if h.Attr.IsNil() {
		return err
	}
	return setNameError(err, h.Attr, h.Name, cls)
}

// TypeNewDeferred is TypeNew up to steps 4 and 5: it makes the class and
// returns the __set_name__ and __init_subclass__ calls still to make, in
// order, for a caller that runs them as frames of its own loop (the VM's
// class statement) instead of calling them from Go.
func TypeNewDeferred(ctx Ctx, meta *Type, name string, bases []*Type, ns *Dict, kwargs []Value, kwnames []string) (*Type, []ClassHook, error) {
	for _, n := range [...]string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := ns.GetStr(Interned(n)); ok && f.Type() == FunctionType {
			cm := &ClassMethod{Func: f}
			cm.typ = ClassMethodType
			ns = ns.Copy()
			ns.SetStr(Interned(n), obj(cm))
		}
	}
	cls, err := NewClass(ctx, meta, name, bases, ns)
	if err != nil {
		return nil, nil, err
	}
	if cell, ok := cls.Dict.GetStr(Interned("__classcell__")); ok {
		if c := AsCell(cell); c != nil {
			c.Set(cls.Value())
		}
		_, _ = cls.Dict.DelItem(ctx, Interned("__classcell__").Value())
	}
	var hooks []ClassHook
	keys, vals := cls.Dict.Items()
	for i, v := range vals {
		setName, ok := v.Type().LookupString("__set_name__")
		if !ok {
			continue
		}
		hooks = append(hooks, ClassHook{Fn: setName, Args: []Value{v, cls.Value(), keys[i]}, Attr: v, Name: keys[i]})
	}
	for _, b := range cls.MRO[1:] {
		f, ok := b.Dict.GetStr(Interned("__init_subclass__"))
		if !ok {
			continue
		}
		if g := f.Type().DescrGet; g != nil {
			if f, err = g(ctx, f, cls.Value(), cls); err != nil {
				return nil, nil, err
			}
		}
		hooks = append(hooks, ClassHook{Fn: f, Args: kwargs, KwNames: kwnames})
		break
	}
	return cls, hooks, nil
}

// setNameError is CPython 3.11's report of an exception raised by
// __set_name__: a RuntimeError naming the attribute, caused by it.
func setNameError(err error, attr, name Value, cls *Type) error {
	cause, ok := err.(*Exception)
	if !ok {
		return err
	}
	n := ""
	if s := AsStr(name); s != nil {
		n = s.S
	}
	e := Errorf(RuntimeErrorType, "Error calling __set_name__ on '%s' instance '%s' in '%s'", attr.Type().Name, n, cls.Name)
	e.Cause = cause
	e.Context = cause
	return e
}
