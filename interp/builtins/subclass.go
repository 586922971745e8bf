package builtins

import "github.com/weftrun/weft/interp/objects"

// installSubclassConstructors splits construction of dict, list and tuple
// subclasses the way CPython does: __new__ makes an empty instance of the
// subclass (dict_new and list_new ignore their arguments), and __init__
// fills it, so a subclass's own __init__ with a different signature
// (enum's _EnumDict(cls, generate)) works and super().__init__(...)
// reaches the built-in's. A tuple is immutable, so tuple.__new__(cls,
// iterable) fills it at once (namedtuple), and so does str.__new__(cls,
// text) (StrEnum), int.__new__(cls, x) (IntEnum) and float.__new__(cls, x). The exact built-in types keep
// their one-step constructors.
func installSubclassConstructors() {
	dictNew, listNew, tupleNew, strNew := objects.DictType.New, objects.ListType.New, objects.TupleType.New, objects.StrType.New
	intNew, floatNew := objects.IntType.New, objects.FloatType.New
	objects.FloatType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		r, err := floatNew(c, objects.FloatType, args, kw)
		if err != nil || t == objects.FloatType {
			return r, err
		}
		f, _, err := objects.ToFloat(r)
		if err != nil {
			return value{}, err
		}
		return objects.NewFloatInstanceOf(t, f), nil
	}
	objects.IntType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		r, err := intNew(c, objects.IntType, args, kw)
		if err != nil || t == objects.IntType {
			return r, err
		}
		return objects.NewIntInstanceOf(t, r), nil
	}
	objects.StrType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		r, err := strNew(c, objects.StrType, args, kw)
		if err != nil || t == objects.StrType {
			return r, err
		}
		return objects.NewStrInstanceOf(t, objects.AsStr(r)), nil
	}
	objects.DictType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if t == objects.DictType {
			return dictNew(c, t, args, kw)
		}
		return objects.NewInstanceOf(t, nil), nil
	}
	dictInit := func(c ctx, self value, args []value, kw []string) error {
		d := objects.AsDict(self)
		npos := len(args) - len(kw)
		if npos > 1 {
			return objects.Errorf(objects.TypeErrorType, "dict expected at most 1 argument, got %d", npos)
		}
		if npos == 1 {
			if err := dictUpdateFrom(c, d, args[0]); err != nil {
				return err
			}
		}
		for i, k := range kw {
			// dict.__init__ stores directly, as CPython's does: a
			// subclass's __setitem__ is not consulted.
			if err := d.SetItem(c, objects.StrValue(k), args[npos+i]); err != nil {
				return err
			}
		}
		return nil
	}
	objects.DictType.Init = func(c ctx, self value, args []value, kw []string) error {
		if self.Type() == objects.DictType {
			return nil // dict(...) was filled by its __new__
		}
		return dictInit(c, self, args, kw)
	}
	objects.DictType.SetMethod("__init__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.None, dictInit(c, args[0], args[1:], kw)
	})

	objects.ListType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if t == objects.ListType {
			return listNew(c, t, args, kw)
		}
		return objects.NewInstanceOf(t, nil), nil
	}
	listInit := func(c ctx, self value, args []value, kw []string) error {
		if err := nargs("list", args, kw, 0, 1); err != nil {
			return err
		}
		var items []value
		if len(args) == 1 {
			var err error
			if items, err = objects.ToSlice(c, args[0]); err != nil {
				return err
			}
		}
		objects.AsList(self).SetItems(items)
		return nil
	}
	objects.ListType.Init = func(c ctx, self value, args []value, kw []string) error {
		if self.Type() == objects.ListType {
			return nil
		}
		return listInit(c, self, args, kw)
	}
	objects.ListType.SetMethod("__init__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.None, listInit(c, args[0], args[1:], kw)
	})

	objects.TupleType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if t == objects.TupleType {
			return tupleNew(c, t, args, kw)
		}
		if err := nargs("tuple", args, kw, 0, 1); err != nil {
			return value{}, err
		}
		var items []value
		if len(args) == 1 {
			var err error
			if items, err = objects.ToSlice(c, args[0]); err != nil {
				return value{}, err
			}
		}
		return objects.NewInstanceOf(t, items), nil
	}
}
