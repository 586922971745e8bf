package objects

// The attributes of the three built-in descriptor wrappers that Python
// code introspects: abc reads __isabstractmethod__ through them (an
// abstract method stays abstract once wrapped in property, classmethod or
// staticmethod), functools and inspect unwrap them through __func__ and
// __wrapped__, and property exposes its accessors as fget/fset/fdel.
//
// Each GetAttr first does the generic lookup, so a subclass's own class
// attribute (abc.abstractclassmethod sets __isabstractmethod__ = True)
// wins, as in CPython where the subclass's dict comes first in the MRO.

func initDescrAttrs() {
	wrapped := func(ctx Ctx, v, fn Value, name *Str) (Value, error) {
		if name.S == "__doc__" {
			// The wrapped function's, ahead of the type's own __doc__.
			return GetAttr(ctx, fn, name)
		}
		r, err := GenericGetAttr(ctx, v, name)
		if err == nil || !isAttrError(err) {
			return r, err
		}
		switch name.S {
		case "__func__", "__wrapped__":
			return fn, nil
		case "__isabstractmethod__":
			return isAbstract(ctx, fn)
		case "__name__", "__qualname__", "__doc__", "__module__":
			return GetAttr(ctx, fn, name)
		}
		return Value{}, err
	}
	ClassMethodType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		return wrapped(ctx, v, as[ClassMethod](v).Func, name)
	}
	StaticMethodType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		return wrapped(ctx, v, as[StaticMethod](v).Func, name)
	}
	PropertyType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		if name.S == "__doc__" {
			// The property's own doc, ahead of the type's __doc__;
			// without one, the getter's docstring.
			p := as[Property](v)
			if (p.Doc.IsNil() || p.Doc.IsNone()) && !p.Get.IsNil() && !p.Get.IsNone() {
				d, err := GetAttr(ctx, p.Get, name)
				if err != nil && isAttrError(err) {
					return None, nil
				}
				return d, err
			}
			return orNone(p.Doc), nil
		}
		r, err := GenericGetAttr(ctx, v, name)
		if err == nil || !isAttrError(err) {
			return r, err
		}
		p := as[Property](v)
		switch name.S {
		case "fget":
			return orNone(p.Get), nil
		case "fset":
			return orNone(p.Set), nil
		case "fdel":
			return orNone(p.Del), nil
		case "__doc__":
			return orNone(p.Doc), nil
		case "__isabstractmethod__":
			for _, f := range [...]Value{p.Get, p.Set, p.Del} {
				if f.IsNil() || f.IsNone() {
					continue
				}
				if a, err := isAbstract(ctx, f); err != nil || a.IsTrue() {
					return a, err
				}
			}
			return False, nil
		}
		return Value{}, err
	}
}

// isAbstract is bool(getattr(fn, '__isabstractmethod__', False)).
func isAbstract(ctx Ctx, fn Value) (Value, error) {
	a, err := GetAttr(ctx, fn, Interned("__isabstractmethod__"))
	if err != nil {
		if isAttrError(err) {
			return False, nil
		}
		return Value{}, err
	}
	t, err := Truth(ctx, a)
	return Bool(t), err
}

func isAttrError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(AttributeErrorType)
}

func orNone(v Value) Value {
	if v.IsNil() {
		return None
	}
	return v
}

// SetName records the attribute name a class binds the property to
// (property.__set_name__); copies made by getter/setter/deleter keep it.
func (p *Property) SetName(name *Str) { p.name.Store(name) }

// Name is the name recorded by SetName, or nil.
func (p *Property) Name() *Str { return p.name.Load() }
