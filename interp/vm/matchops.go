package vm

import (
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// execMatchOp runs the opcodes of the match statement (PEP 634).
func (t *Thread) execMatchOp(fr *Frame, op compile.Op, arg int) error {
	slots := fr.slots
	sp := fr.sp
	switch op {
	case compile.MatchSequence:
		slots[sp] = objects.Bool(isMatchSequence(slots[sp-1].Type()))
		fr.sp++
	case compile.MatchMapping:
		slots[sp] = objects.Bool(isMatchMapping(slots[sp-1].Type()))
		fr.sp++
	case compile.GetLen:
		n, err := objects.Len(t, slots[sp-1])
		if err != nil {
			return err
		}
		slots[sp] = objects.Int(int64(n))
		fr.sp++
	case compile.MatchKeys:
		r, err := matchKeys(t, slots[sp-2], objects.AsTuple(slots[sp-1]).Items)
		if err != nil {
			return err
		}
		slots[sp] = r
		fr.sp++
	case compile.CopyDictWithoutKeys:
		rest := objects.NewDict()
		if err := dictMerge(t, rest, slots[sp-2]); err != nil {
			return err
		}
		for _, k := range objects.AsTuple(slots[sp-1]).Items {
			if _, err := rest.DelItem(t, k); err != nil {
				return err
			}
		}
		slots[sp-1] = value{}
		slots[sp-2] = rest.Value()
		fr.sp--
	case compile.MatchClass:
		r, err := t.matchClass(fr, slots[sp-3], slots[sp-2], objects.AsTuple(slots[sp-1]).Items, arg)
		if err != nil {
			return err
		}
		slots[sp-1], slots[sp-2] = value{}, value{}
		slots[sp-3] = r
		fr.sp -= 2
	default:
		return objects.Errorf(objects.SystemErrorType, "unknown opcode %d", op)
	}
	return nil
}

// isMatchSequence is CPython's Py_TPFLAGS_SEQUENCE test: list, tuple,
// range, memoryview, collections.deque, array.array, their subclasses and
// subclasses of collections.abc.Sequence. str, bytes and bytearray are
// not sequences for a pattern. Classes only registered with
// Sequence.register (not inheriting from it) are not recognised.
func isMatchSequence(tp *objects.Type) bool {
	for _, m := range tp.MRO {
		switch {
		case m == objects.ListType, m == objects.TupleType, m == objects.RangeType:
			return true
		case m.Name == "memoryview" && m.Builtin,
			m.Name == "deque" && m.Module == "collections",
			m.Name == "array" && m.Module == "array",
			m.Name == "Sequence" && isAbcModule(m.Module):
			return true
		case m == objects.StrType, m == objects.BytesType, m == objects.ByteArrayType,
			m.Name == "Mapping" && isAbcModule(m.Module):
			return false
		}
	}
	return false
}

// isMatchMapping is the Py_TPFLAGS_MAPPING test: dict, mappingproxy,
// their subclasses and subclasses of collections.abc.Mapping.
func isMatchMapping(tp *objects.Type) bool {
	for _, m := range tp.MRO {
		switch {
		case m == objects.DictType, m == objects.MappingProxyType:
			return true
		case m.Name == "Mapping" && isAbcModule(m.Module):
			return true
		case m == objects.ListType, m == objects.TupleType,
			m.Name == "Sequence" && isAbcModule(m.Module):
			return false
		}
	}
	return false
}

func isAbcModule(mod string) bool {
	return mod == "collections.abc" || mod == "_collections_abc"
}

// matchKeys looks up every key of a mapping pattern: a tuple of the
// values, or None when one is missing. Like CPython it uses the subject's
// get() (so a dict subclass's __missing__ is not called), with dict's own
// lookup as the fast path; a key repeated at run time (a dotted value
// equal to another key) is a ValueError.
func matchKeys(t *Thread, subject value, keys []value) (value, error) {
	vals := make([]value, len(keys))
	seen := objects.NewDict()
	var get, missing value
	d := objects.AsDict(subject)
	exact := d != nil && subject.Type() == objects.DictType
	for i, k := range keys {
		if _, dup, err := seen.GetItem(t, k); err != nil {
			return value{}, err
		} else if dup {
			r, _ := objects.Repr(t, k)
			return value{}, objects.Errorf(objects.ValueErrorType, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.SetItem(t, k, objects.None); err != nil {
			return value{}, err
		}
		if exact {
			v, ok, err := d.GetItem(t, k)
			if err != nil {
				return value{}, err
			}
			if !ok {
				return objects.None, nil
			}
			vals[i] = v
			continue
		}
		if get.IsNil() {
			var err error
			get, err = objects.GetAttr(t, subject, objects.Interned("get"))
			if err != nil {
				return value{}, err
			}
			missing = objects.NewList(nil).Value()
		}
		v, err := t.Call(get, []value{k, missing}, nil)
		if err != nil {
			return value{}, err
		}
		if v.Is(missing) {
			return objects.None, nil
		}
		vals[i] = v
	}
	return objects.NewTuple(vals).Value(), nil
}

// matchSelfTypes match a single positional sub-pattern against the
// subject itself (CPython's _Py_TPFLAGS_MATCH_SELF), inherited by their
// subclasses.
func matchesSelf(tp *objects.Type) bool {
	for _, m := range tp.MRO {
		switch m {
		case objects.BoolType, objects.ByteArrayType, objects.BytesType, objects.DictType,
			objects.FloatType, objects.FrozenSetType, objects.IntType, objects.ListType,
			objects.SetType, objects.StrType, objects.TupleType:
			return true
		}
	}
	return false
}

// matchClass is MATCH_CLASS: isinstance(subject, cls), then the
// attributes named by __match_args__ for the positional sub-patterns and
// by kwnames for the keyword ones. A missing attribute fails the match;
// CPython's TypeErrors for a bad class pattern are reproduced.
func (t *Thread) matchClass(fr *Frame, subject, clsv value, kwnames []value, npos int) (value, error) {
	cls := objects.AsType(clsv)
	if cls == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "called match pattern must be a type")
	}
	var ok bool
	if clsv.Type() == objects.TypeType {
		ok = objects.IsInstance(subject, cls)
	} else {
		isinst, found := fr.builtins.GetStr(objects.Interned("isinstance"))
		if !found {
			return value{}, objects.Errorf(objects.NameErrorType, "name 'isinstance' is not defined")
		}
		r, err := t.Call(isinst, []value{subject, clsv}, nil)
		if err != nil {
			return value{}, err
		}
		if ok, err = objects.Truth(t, r); err != nil {
			return value{}, err
		}
	}
	if !ok {
		return objects.None, nil
	}
	attrs := make([]value, 0, npos+len(kwnames))
	var seen []string
	get := func(name value) (bool, error) {
		s := objects.AsStr(name)
		for _, n := range seen {
			if n == s.S {
				return false, objects.Errorf(objects.TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, s.S)
			}
		}
		seen = append(seen, s.S)
		v, err := objects.GetAttr(t, subject, objects.Interned(s.S))
		if err != nil {
			if e := objects.AsPyError(err); e.Matches(objects.AttributeErrorType) {
				return false, nil
			}
			return false, err
		}
		attrs = append(attrs, v)
		return true, nil
	}
	if npos > 0 {
		var matchArgs []value
		self := false
		ma, err := objects.GetAttr(t, clsv, objects.Interned("__match_args__"))
		switch {
		case err == nil:
			tup := objects.AsTuple(ma)
			if tup == nil || ma.Type() != objects.TupleType && !ma.Type().IsSubtype(objects.TupleType) {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", cls.Name, ma.Type().Name)
			}
			matchArgs = tup.Items
		case objects.AsPyError(err).Matches(objects.AttributeErrorType):
			self = matchesSelf(cls)
		default:
			return value{}, err
		}
		allowed := len(matchArgs)
		if self {
			allowed = 1
		}
		if npos > allowed {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return value{}, objects.Errorf(objects.TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, allowed, plural, npos)
		}
		if self {
			attrs = append(attrs, subject)
		} else {
			for _, name := range matchArgs[:npos] {
				if objects.AsStr(name) == nil {
					return value{}, objects.Errorf(objects.TypeErrorType, "__match_args__ elements must be strings (got %s)", name.Type().Name)
				}
				if found, err := get(name); err != nil || !found {
					return objects.None, err
				}
			}
		}
	}
	for _, name := range kwnames {
		if found, err := get(name); err != nil || !found {
			return objects.None, err
		}
	}
	return objects.NewTuple(attrs).Value(), nil
}
