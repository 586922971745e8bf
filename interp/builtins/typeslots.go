package builtins

import "github.com/weftrun/weft/interp/objects"

// installTypeSlots exposes, as Python-visible attributes, the parts of the
// class machinery that metaclasses and cooperative classes call
// explicitly: type.__new__ (a metaclass's super().__new__(mcls, name,
// bases, ns, **kw)), type.__init__, type.__prepare__,
// object.__init_subclass__, and the __new__ of the built-in types that
// Python code subclasses and constructs through tuple.__new__(cls, ...)
// (namedtuple), int.__new__(cls, v) (IntEnum, IntFlag) and so on.
//
// These live in the types' dicts but the fast paths never see them:
// typeCall only looks for __new__ and __init__ in classes written in
// Python (dunder stops at the first built-in class), so creating an
// instance of a built-in type still goes straight to its New slot.
func installTypeSlots() {
	T := objects.TypeType
	T.SetAttrValue("__new__", staticMethod(objects.NewBuiltin("__new__", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) == 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__new__(): not enough arguments")
		}
		meta := objects.AsType(args[0])
		if meta == nil || !meta.IsSubtype(objects.TypeType) {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return T.New(c, meta, args[1:], kw)
	}, T)))
	T.SetMethod("__init__", func(c ctx, args []value, kw []string) (value, error) {
		if n := len(args) - 1 - len(kw); n != 1 && n != 3 {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return objects.None, nil
	})
	T.SetMethod("__subclasses__", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__subclasses__() takes no arguments (%d given)", len(args)-1)
		}
		var out []value
		for _, s := range objects.AsType(args[0]).Subclasses() {
			out = append(out, s.Value())
		}
		return objects.NewList(out).Value(), nil
	})
	T.SetMethod("mro", func(c ctx, args []value, kw []string) (value, error) {
		var out []value
		for _, m := range objects.AsType(args[0]).MRO {
			out = append(out, m.Value())
		}
		return objects.NewList(out).Value(), nil
	})
	T.SetAttrValue("__prepare__", classMethod(objects.NewBuiltin("__prepare__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.NewDict().Value(), nil
	}, T)))
	objects.ObjectType.SetAttrValue("__init_subclass__", classMethod(objects.NewBuiltin("__init_subclass__", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) > 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", objects.AsType(args[0]).Qualname)
		}
		return objects.None, nil
	}, objects.ObjectType)))
	// types.MethodType(func, obj) binds by hand, as descriptors do.
	objects.MethodType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "method expected 2 arguments, got %d", len(args))
		}
		if args[0].Type().Call == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "first argument must be callable")
		}
		if args[1].IsNone() {
			return value{}, objects.Errorf(objects.TypeErrorType, "instance must not be None")
		}
		return objects.NewMethod(args[0], args[1]), nil
	}
	// types.ModuleType(name, doc=None) makes an empty module.
	objects.ModuleType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		a, err := parseArgs("module", args, kw, 1, "name", "doc")
		if err != nil {
			return value{}, err
		}
		name := objects.AsStr(a[0])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "module.__init__() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		m := objects.NewModule(name.S)
		doc := a[1]
		if doc.IsNil() {
			doc = objects.None
		}
		m.Dict.SetStr(objects.Interned("__doc__"), doc)
		return m.Value(), nil
	}
	// list[int] and friends make types.GenericAlias objects (PEP 585).
	for _, t := range []*objects.Type{objects.ListType, objects.DictType, objects.TupleType, objects.SetType,
		objects.FrozenSetType, objects.TypeType, objects.DequeType, objects.BaseExceptionGroupType} {
		t.SetAttrValue("__class_getitem__", classMethod(objects.NewBuiltin("__class_getitem__", func(c ctx, args []value, kw []string) (value, error) {
			if len(args) != 2 || len(kw) != 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "__class_getitem__ expected 1 argument, got %d", len(args)-1)
			}
			return objects.NewGenericAlias(args[0], args[1]), nil
		}, nil)))
	}
	for _, t := range []*objects.Type{objects.IntType, objects.FloatType, objects.StrType, objects.TupleType,
		objects.FrozenSetType, objects.ListType, objects.DictType, objects.SetType} {
		t := t
		t.SetAttrValue("__new__", staticMethod(objects.NewBuiltin("__new__", func(c ctx, args []value, kw []string) (value, error) {
			if len(args) == 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s.__new__(): not enough arguments", t.Name)
			}
			sub := objects.AsType(args[0])
			if sub == nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s.__new__(X): X is not a type object (%s)", t.Name, args[0].Type().Name)
			}
			if !sub.IsSubtype(t) {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", t.Name, sub.Name, sub.Name, t.Name)
			}
			return sub.New(c, sub, args[1:], kw)
		}, nil)))
	}
}

// staticMethod wraps fn as staticmethod(fn).
func staticMethod(fn *objects.Builtin) value {
	s := &objects.StaticMethod{Func: fn.Value()}
	objects.SetHeaderType(&s.Header, objects.StaticMethodType)
	return objects.FromHeader(&s.Header)
}

// classMethod wraps fn as classmethod(fn).
func classMethod(fn *objects.Builtin) value {
	s := &objects.ClassMethod{Func: fn.Value()}
	objects.SetHeaderType(&s.Header, objects.ClassMethodType)
	return objects.FromHeader(&s.Header)
}
