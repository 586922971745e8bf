package vm

import "github.com/weftrun/weft/interp/objects"

// Stackless getattr() and hasattr().
//
// LOAD_ATTR runs a Python property getter, descriptor __get__ or
// __getattr__ of the attribute it loads as a frame (loadAttr). getattr()
// and hasattr() with a name only known at run time do the same through
// their Python versions (builtins' stackless.py): AttrStep performs the
// part of the lookup that runs no Python code and returns the Python
// function still to call, and the Python version calls it — a frame.

// AttrRunsPython reports whether loading name from v would call a Python
// function: v's class has a Python __getattribute__/__getattr__, or the
// class attribute name is a Python getter (a property with a Python fget,
// an instance of a Python descriptor class). Only then are getattr() and
// hasattr() worth running as Python.
func AttrRunsPython(v objects.Value, name *objects.Str) bool {
	tp := v.Type()
	if tp.Builtin || tp.Layout != objects.ObjectType {
		return false
	}
	if hooks, _ := tp.PythonAttrHooks(); hooks {
		return true
	}
	cls, found := tp.Lookup(name)
	return found && hasPyGetter(cls)
}

// AttrStep loads name from v as LOAD_ATTR does, except that a Python
// function the load must call is returned (f, with its arguments, a fresh
// slice) instead of run. When f is a Python getter of a class that also
// has a Python __getattr__, fallback is that __getattr__: the caller must
// call it with (v, name) if f raises AttributeError (LOAD_ATTR leaves this
// case to Go; the Python versions of getattr and hasattr handle it). c
// must be the calling *Thread.
func AttrStep(c objects.Ctx, v objects.Value, name *objects.Str) (r objects.Value, f, fallback *objects.Function, args []objects.Value, err error) {
	t, ok := c.(*Thread)
	if !ok {
		r, err = objects.GetAttr(c, v, name)
		return
	}
	if ga := getterWithGetAttr(v, name); ga != nil {
		var missing bool
		r, f, args, err, missing = genericAttr(t, v, name, nil)
		switch {
		case missing:
			r, f, args = value{}, ga, []value{v, name.Value()}
		case f != nil:
			fallback = ga
		}
	} else {
		r, f, args, err = loadAttr(t, v, name, nil)
	}
	if f != nil {
		// loadAttr may hand out the thread's reused argument buffer.
		args = append([]objects.Value(nil), args...)
	}
	return
}

// getterWithGetAttr returns the Python __getattr__ of v's class when name
// is a Python getter on that class and the class has no Python
// __getattribute__: the case in which a getter's AttributeError must fall
// back to __getattr__.
func getterWithGetAttr(v objects.Value, name *objects.Str) *objects.Function {
	tp := v.Type()
	if tp.Builtin || tp.Layout != objects.ObjectType || name.S == "__class__" || name.S == "__dict__" {
		return nil
	}
	if hooks, _ := tp.PythonAttrHooks(); !hooks || pyDunder(v, nameGetAttribute) != nil {
		return nil
	}
	ga := pyDunder(v, nameGetAttr)
	if ga == nil {
		return nil
	}
	if cls, found := tp.Lookup(name); !found || !hasPyGetter(cls) {
		return nil
	}
	return ga
}
