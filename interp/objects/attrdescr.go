package objects

// AttrDescr is the class-level face of an attribute that a built-in
// type's GetAttr slot computes (function.__code__, function.__globals__):
// CPython's getset_descriptor and member_descriptor. Reading it through
// the class returns the descriptor itself (types.GetSetDescriptorType is
// type(FunctionType.__code__)); through an instance it defers to the
// owner's GetAttr/SetAttr slot, so the instance fast paths are untouched.
type AttrDescr struct {
	Header
	Name  string
	Owner *Type
	// slot is descrForward (0) for an attribute the owner's slots
	// compute, a __slots__ index plus one, or descrDict/descrWeakref
	// (slots.go).
	slot int
}

// GetSetDescrType and MemberDescrType are getset_descriptor and
// member_descriptor.
var GetSetDescrType, MemberDescrType *Type

func initAttrDescrs() {
	GetSetDescrType = newBuiltinType("getset_descriptor", nil)
	MemberDescrType = newBuiltinType("member_descriptor", nil)
	for _, t := range [...]*Type{GetSetDescrType, MemberDescrType} {
		kind := "attribute"
		if t == MemberDescrType {
			kind = "member"
		}
		t.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) {
			a := as[AttrDescr](d)
			if inst.IsNil() {
				return d, nil
			}
			if !inst.Type().IsSubtype(a.Owner) {
				return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", a.Name, a.Owner.Name, inst.Type().Name)
			}
			if a.slot != descrForward {
				return a.slotGet(inst)
			}
			return a.Owner.GetAttr(ctx, inst, NewStr(a.Name))
		}
		t.DescrSet = func(ctx Ctx, d, inst, val Value) error {
			a := as[AttrDescr](d)
			if a.slot != descrForward {
				if !inst.Type().IsSubtype(a.Owner) {
					return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", a.Name, a.Owner.Name, inst.Type().Name)
				}
				return a.slotSet(inst, val)
			}
			if a.Owner.SetAttr == nil {
				return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", a.Name, a.Owner.Name)
			}
			return a.Owner.SetAttr(ctx, inst, NewStr(a.Name), val)
		}
		t.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
			a := as[AttrDescr](v)
			switch name.S {
			case "__name__":
				return StrValue(a.Name), nil
			case "__qualname__":
				return StrValue(a.Owner.Qualname + "." + a.Name), nil
			case "__objclass__":
				return a.Owner.Value(), nil
			}
			return GenericGetAttr(ctx, v, name)
		}
		t.Repr = func(ctx Ctx, v Value) (string, error) {
			a := as[AttrDescr](v)
			return "<" + kind + " '" + a.Name + "' of '" + a.Owner.Name + "' objects>", nil
		}
	}
	add := func(owner, kind *Type, names ...string) {
		for _, n := range names {
			a := &AttrDescr{Name: n, Owner: owner}
			a.typ = kind
			owner.Dict.SetStr(NewStr(n), obj(a))
		}
	}
	add(FunctionType, GetSetDescrType, "__code__", "__defaults__", "__kwdefaults__")
	add(FunctionType, MemberDescrType, "__globals__", "__closure__", "__builtins__")
}
