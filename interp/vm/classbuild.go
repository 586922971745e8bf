package vm

import "github.com/weftrun/weft/interp/objects"

// buildClass runs a class statement, the way CPython's __build_class__
// does (PEP 3115, PEP 560):
//
//  1. bases that are not classes may stand for classes through
//     __mro_entries__(orig_bases) (typing's Generic[T], NamedTuple);
//     the original bases are kept as __orig_bases__;
//  2. the metaclass is the metaclass= keyword, else the class of the
//     first base, else type; when it is a class it is replaced by the
//     most derived of itself and every base's metaclass, and a base whose
//     metaclass is unrelated is a "metaclass conflict";
//  3. the namespace is meta.__prepare__(name, bases, **kw) (enum's
//     _EnumDict), a dict or dict subclass;
//  4. the body runs with that namespace as its locals;
//  5. meta(name, bases, namespace, **kw) makes the class; type.__new__
//     (objects.TypeNew) fills __class__ cells and calls __set_name__ and
//     __init_subclass__.
func (t *Thread) buildClass(body *objects.Function, name string, origBases []objects.Value, kw *objects.Dict) (objects.Value, error) {
	bases, err := t.resolveMROEntries(origBases)
	if err != nil {
		return objects.Value{}, err
	}
	var kwnames []string
	var kwvals []objects.Value
	var meta objects.Value
	if kw != nil {
		keys, vals := kw.Items()
		for i, k := range keys {
			n := objects.AsStr(k).S
			if n == "metaclass" {
				meta = vals[i]
				continue
			}
			kwnames = append(kwnames, n)
			kwvals = append(kwvals, vals[i])
		}
	}
	if meta.IsNil() {
		meta = objects.TypeType.Value()
		if len(bases) > 0 {
			meta = bases[0].Type().Value()
		}
	}
	if mt := objects.AsType(meta); mt != nil {
		winner, err := mostDerivedMeta(mt, bases)
		if err != nil {
			return objects.Value{}, err
		}
		meta = winner.Value()
	}
	basesTuple := objects.NewTuple(bases).Value()
	ns := objects.NewDict()
	if prep, err := objects.GetAttr(t, meta, objects.Interned("__prepare__")); err == nil {
		r, err := t.Call(prep, append([]objects.Value{objects.StrValue(name), basesTuple}, kwvals...), kwnames)
		if err != nil {
			return objects.Value{}, err
		}
		if ns = objects.AsDict(r); ns == nil {
			mn := name
			if mt := objects.AsType(meta); mt != nil {
				mn = mt.Name
			}
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mn, r.Type().Name)
		}
	} else if !objects.AsPyError(err).Matches(objects.AttributeErrorType) {
		return objects.Value{}, err
	}
	fr := t.newFrame(body.Code, body, body.Globals, ns)
	nl := body.Code.NLocals()
	for i := range body.Code.CellVars {
		fr.slots[nl+i] = objects.NewCell(objects.Value{}).Value()
	}
	for i, c := range body.Closure {
		fr.slots[nl+len(body.Code.CellVars)+i] = c.Value()
	}
	if _, err := t.runNested(fr); err != nil {
		return objects.Value{}, err
	}
	if len(bases) != len(origBases) || !sameValues(bases, origBases) {
		if err := objects.SetItem(t, ns.Value(), objects.StrValue("__orig_bases__"), objects.NewTuple(origBases).Value()); err != nil {
			return objects.Value{}, err
		}
	}
	return t.Call(meta, append([]objects.Value{objects.StrValue(name), basesTuple, ns.Value()}, kwvals...), kwnames)
}

// resolveMROEntries replaces every base that is not a class but has
// __mro_entries__ by the classes that method returns (PEP 560).
func (t *Thread) resolveMROEntries(orig []objects.Value) ([]objects.Value, error) {
	var out []objects.Value
	for i, b := range orig {
		if objects.AsType(b) != nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		me, err := objects.GetAttr(t, b, objects.Interned("__mro_entries__"))
		if err != nil {
			if objects.AsPyError(err).Matches(objects.AttributeErrorType) {
				return nil, objects.Errorf(objects.TypeErrorType, "bases must be types")
			}
			return nil, err
		}
		r, err := t.Call(me, []objects.Value{objects.NewTuple(orig).Value()}, nil)
		if err != nil {
			return nil, err
		}
		tu := objects.AsTuple(r)
		if tu == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "__mro_entries__ must return a tuple")
		}
		if out == nil {
			out = append([]objects.Value(nil), orig[:i]...)
		}
		out = append(out, tu.Items...)
	}
	if out == nil {
		out = orig
	}
	for _, b := range out {
		bt := objects.AsType(b)
		if bt == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "bases must be types")
		}
		if bt == objects.BoolType {
			return nil, objects.Errorf(objects.TypeErrorType, "type 'bool' is not an acceptable base type")
		}
	}
	return out, nil
}

// mostDerivedMeta picks the metaclass of a new class from the declared
// one and its bases' (CPython's _PyType_CalculateMetaclass): the one that
// is a subclass of all the others.
func mostDerivedMeta(meta *objects.Type, bases []objects.Value) (*objects.Type, error) {
	winner := meta
	for _, b := range bases {
		bm := b.Type()
		switch {
		case winner.IsSubtype(bm):
		case bm.IsSubtype(winner):
			winner = bm
		default:
			return nil, objects.Errorf(objects.TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

func sameValues(a, b []objects.Value) bool {
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}

// storeNameMapping is STORE_NAME into a namespace that is a dict
// subclass (a metaclass's __prepare__ result, such as enum's _EnumDict):
// its __setitem__ must see every assignment of the class body.
func storeNameMapping(t *Thread, ns *objects.Dict, name *objects.Str, v objects.Value) error {
	return objects.SetItem(t, ns.Value(), name.Value(), v)
}
