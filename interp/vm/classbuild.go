package vm

import "github.com/weftrun/weft/interp/objects"

// startClass and finishClass run a class statement, the way CPython's __build_class__
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
//
// The body is a frame of the running loop, not a nested one: startClass
// does steps 1–3 and pushes the body's frame with the retClassBody return
// handler, whose finishClass does step 5. A class body that blocks
// therefore parks its thread like any function. With type as metaclass,
// __set_name__ and __init_subclass__ are frames too (classhooks.go); a
// Python metaclass is still called from Go (a counted re-entry).
// classBuild is the state of a class statement between startClass and
// finishClass, kept in the body frame's retA while the body runs.
type classBuild struct {
	objects.Header
	meta       objects.Value
	name       string
	bases      []objects.Value
	origBases  []objects.Value
	basesTuple objects.Value
	ns         *objects.Dict
	kwvals     []objects.Value
	kwnames    []string
}

var classBuildType = objects.NewNativeType("class_build")

// startClass runs steps 1–3 of a class statement and pushes its body's
// frame above fr, to return to finishClass.
func (t *Thread) startClass(fr *Frame, body *objects.Function, name string, origBases []objects.Value, kw *objects.Dict) error {
	bases, err := t.resolveMROEntries(origBases)
	if err != nil {
		return err
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
			return err
		}
		meta = winner.Value()
	}
	basesTuple := objects.NewTuple(bases).Value()
	ns := objects.NewDict()
	if prep, err := objects.GetAttr(t, meta, objects.Interned("__prepare__")); err == nil {
		r, err := t.Call(prep, append([]objects.Value{objects.StrValue(name), basesTuple}, kwvals...), kwnames)
		if err != nil {
			return err
		}
		if ns = objects.AsDict(r); ns == nil {
			mn := name
			if mt := objects.AsType(meta); mt != nil {
				mn = mt.Name
			}
			return objects.Errorf(objects.TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mn, r.Type().Name)
		}
	} else if !objects.AsPyError(err).Matches(objects.AttributeErrorType) {
		return err
	}
	nf := t.newFrame(body.Code, body, body.Globals, ns)
	nl := body.Code.NLocals()
	for i := range body.Code.CellVars {
		nf.slots[nl+i] = objects.NewCell(objects.Value{}).Value()
	}
	for i, c := range body.Closure {
		nf.slots[nl+len(body.Code.CellVars)+i] = c.Value()
	}
	cb := &classBuild{meta: meta, name: name, bases: bases, origBases: origBases, basesTuple: basesTuple,
		ns: ns, kwvals: kwvals, kwnames: kwnames}
	objects.SetHeaderType(&cb.Header, classBuildType)
	nf.ret, nf.retA = retClassBody, objects.FromHeader(&cb.Header)
	return t.pushFrame(fr, nf)
}

// finishClass is step 5, after the body of the class statement whose
// state is cbv (a classBuild) returned: it pushes the class on fr, or
// starts the class's Python __set_name__/__init_subclass__ hooks as frames
// (classhooks.go) when the metaclass is type, which push it when done.
func (t *Thread) finishClass(fr *Frame, cbv objects.Value) error {
	cb := (*classBuild)(cbv.Ptr())
	if len(cb.bases) != len(cb.origBases) || !sameValues(cb.bases, cb.origBases) {
		if err := objects.SetItem(t, cb.ns.Value(), objects.StrValue("__orig_bases__"), objects.NewTuple(cb.origBases).Value()); err != nil {
			return err
		}
	}
	if objects.AsType(cb.meta) == objects.TypeType {
		bases := make([]*objects.Type, len(cb.bases))
		for i, b := range cb.bases {
			bases[i] = objects.AsType(b) // resolveMROEntries checked them
		}
		if _, ok := cb.ns.GetStr(objects.Interned("__module__")); !ok {
			cb.ns.SetStr(objects.Interned("__module__"), objects.StrValue("__main__"))
		}
		cls, hooks, err := objects.TypeNewDeferred(t, objects.TypeType, cb.name, bases, cb.ns, cb.kwvals, cb.kwnames)
		if err != nil {
			return err
		}
		return t.startClassHooks(fr, cls, hooks)
	}
	cls, err := t.Call(cb.meta, append([]objects.Value{objects.StrValue(cb.name), cb.basesTuple, cb.ns.Value()}, cb.kwvals...), cb.kwnames)
	if err != nil {
		return err
	}
	fr.push(cls)
	return nil
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
