package builtins

import "github.com/weftrun/weft/interp/objects"

// isinstance implements isinstance(v, cls) and, with fname "issubclass",
// issubclass(v, cls), in CPython's order (PyObject_IsInstance and
// PyObject_IsSubclass):
//
//  1. isinstance is true at once when type(v) is cls;
//  2. a tuple, or a union (int | str), is tried element by element;
//  3. a class whose metaclass defines __instancecheck__ /
//     __subclasscheck__ in Python decides for itself (abc.ABCMeta's
//     registered virtual subclasses, typing's special forms);
//  4. otherwise the answer is the MRO test, and cls must be a class.
//
// Only Python-level hooks are looked up: type's own check is the MRO test
// of step 4, so ordinary classes never pay for a method call.
func isinstance(c ctx, v, cls value, fname string) (bool, error) {
	sub := fname == "issubclass"
	if !sub && v.Type().Value().Is(cls) {
		return true, nil
	}
	if u := objects.AsUnion(cls); u != nil {
		cls = u.Args.Value()
	}
	if tu := objects.AsTuple(cls); tu != nil {
		for _, x := range tu.Items {
			ok, err := isinstance(c, v, x, fname)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	hook := "__instancecheck__"
	if sub {
		hook = "__subclasscheck__"
	}
	if meta := cls.Type(); meta != objects.TypeType {
		if chk, ok := meta.LookupString(hook); ok && objects.AsBuiltin(chk) == nil {
			r, err := c.Call(chk, []value{cls, v}, nil)
			if err != nil {
				return false, err
			}
			return objects.Truth(c, r)
		}
	}
	t := objects.AsType(cls)
	if t == nil {
		return false, objects.Errorf(objects.TypeErrorType, "%s() arg 2 must be a type, a tuple of types, or a union", fname)
	}
	if sub {
		vt := objects.AsType(v)
		if vt == nil {
			return false, objects.Errorf(objects.TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return vt.IsSubtype(t), nil
	}
	return v.Type().IsSubtype(t), nil
}
