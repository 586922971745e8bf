package objects

import "math/big"

// Instances of Python subclasses of built-in containers (class D(dict),
// class L(list), namedtuple's tuple subclasses) use the built-in's Go
// struct with the subclass in the header, so every Go fast path that
// takes a *Dict or *List (AsDict, AsList test the layout, not the exact
// type) works on them unchanged. Their attribute dict lives in the
// struct: List.Dict, Dict.attrs, made on first use. A tuple subclass has
// none (namedtuples declare __slots__ = ()).

// NewInstanceOf returns an empty instance of t, a subclass of dict or
// list, or a tuple subclass instance holding items: what the built-in's
// __new__ makes when called for a subclass, before __init__ fills it.
func NewInstanceOf(t *Type, items []Value) Value {
	switch t.Layout {
	case DictType:
		d := NewDict()
		d.typ = t
		return obj(d)
	case ListType:
		l := NewList(nil)
		l.typ = t
		return obj(l)
	case TupleType:
		tu := &Tuple{Items: items}
		tu.typ = t
		return obj(tu)
	}
	panic("objects.NewInstanceOf: " + t.Name + " is not a dict, list or tuple subclass")
}

// strInstance is an instance of a str subclass (StrEnum members): the
// string itself first, so the value's pointer is a valid *Str for every
// str fast path, then the attribute dict that plain strings do without.
type strInstance struct {
	Str
	attrs *Dict
	slots *slotValues // the __slots__ of the subclass chain, nil without
}

// NewStrInstanceOf returns an instance of t, a subclass of str, holding
// the text of s.
func NewStrInstanceOf(t *Type, s *Str) Value {
	x := &strInstance{slots: newSlotValues(t)}
	x.S, x.ascii = s.S, s.ascii
	x.typ = t
	return obj(&x.Str)
}

// intInstance is an instance of an int subclass (IntEnum, IntFlag
// members): a BigInt with the subclass in its header, which every int
// operation already accepts (AsIntSubclass), plus an attribute dict.
type intInstance struct {
	BigInt
	attrs *Dict
}

// NewIntInstanceOf returns an instance of t, a subclass of int, with the
// value of the int v.
func NewIntInstanceOf(t *Type, v Value) Value {
	x := &intInstance{}
	x.V = new(big.Int).Set(ToBig(v))
	x.typ = t
	return obj(&x.BigInt)
}

// NewFloatInstanceOf returns an instance of t, a subclass of float,
// holding f: what float.__new__(t, x) makes.
func NewFloatInstanceOf(t *Type, f float64) Value {
	x := &floatSub{f: f, slots: newSlotValues(t)}
	x.typ = t
	return obj(x)
}

func initSubclassInstances() {
	layoutDicts[FloatType] = func(v Value) *Dict {
		if v.IsFloat() || !v.Type().HasDict {
			// A plain float, or a subclass that declared __slots__.
			return nil
		}
		x := as[floatSub](v)
		if x.attrs == nil {
			// A race here can only lose an empty dict.
			x.attrs = NewDict()
		}
		return x.attrs
	}
	layoutDicts[IntType] = func(v Value) *Dict {
		if AsIntSubclass(v) == nil || v.Type() == BoolType || !v.Type().HasDict {
			return nil
		}
		x := (*intInstance)(v.Ptr())
		if x.attrs == nil {
			x.attrs = NewDict()
		}
		return x.attrs
	}
	layoutDicts[StrType] = func(v Value) *Dict {
		if v.Type() == StrType || !v.Type().HasDict {
			return nil
		}
		x := (*strInstance)(v.Ptr())
		if x.attrs == nil {
			// A race here can only lose an empty dict.
			x.attrs = NewDict()
		}
		return x.attrs
	}
	layoutDicts[DictType] = func(v Value) *Dict {
		if v.Type() == DictType {
			return nil
		}
		d := as[Dict](v)
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.attrs == nil {
			d.attrs = NewDict()
		}
		return d.attrs
	}
	layoutDicts[ListType] = func(v Value) *Dict {
		if v.Type() == ListType {
			return nil
		}
		l := as[List](v)
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.Dict == nil {
			l.Dict = NewDict()
		}
		return l.Dict
	}
}
