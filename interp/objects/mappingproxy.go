package objects

// MappingProxy is a read-only view of a dict: what type.__dict__ returns
// (CPython's mappingproxy). A class's namespace must not be changed
// behind the type's back, because the type caches its dunders in slots
// (installSlotWrappers) and those are refreshed only by setattr on the
// class; handing out the live dict would let cls.__dict__['__eq__'] = f
// bypass that refresh. Reads see later changes to the class, as the view
// holds the dict itself, not a copy.
type MappingProxy struct {
	Header
	d *Dict
}

// MappingProxyType is the class of mappingproxy objects.
var MappingProxyType *Type

// NewMappingProxy returns a read-only view of d.
func NewMappingProxy(d *Dict) Value {
	p := &MappingProxy{d: d}
	p.typ = MappingProxyType
	return obj(p)
}

// mappingProxyMethods are the dict methods a view offers; each is the
// dict's own method bound to the underlying dict.
var mappingProxyMethods = map[string]bool{"keys": true, "values": true, "items": true, "get": true, "copy": true,
	"__getitem__": true, "__contains__": true, "__len__": true, "__iter__": true, "__or__": true, "__reversed__": true}

func initMappingProxy() {
	MappingProxyType = newBuiltinType("mappingproxy", nil)
	P := MappingProxyType
	d := func(v Value) Value { return as[MappingProxy](v).d.Value() }
	P.New = func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "mappingproxy() takes exactly one argument (%d given)", len(args))
		}
		d := AsDict(args[0])
		if d == nil {
			return Value{}, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", args[0].Type().Name)
		}
		return NewMappingProxy(d), nil
	}
	P.GetItem = func(ctx Ctx, v, key Value) (Value, error) { return GetItem(ctx, d(v), key) }
	P.Len = func(ctx Ctx, v Value) (int, error) { return as[MappingProxy](v).d.Len(), nil }
	P.Iter = func(ctx Ctx, v Value) (Value, error) { return Iter(ctx, d(v)) }
	P.Contains = func(ctx Ctx, v, x Value) (bool, error) { return Contains(ctx, d(v), x) }
	P.Repr = func(ctx Ctx, v Value) (string, error) {
		r, err := Repr(ctx, d(v))
		return "mappingproxy(" + r + ")", err
	}
	// str() of a proxy is str() of its mapping, as CPython's tp_str.
	P.Str = func(ctx Ctx, v Value) (string, error) { return ToStr(ctx, d(v)) }
	P.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		if b.Type() == MappingProxyType {
			b = d(b)
		}
		return Compare(ctx, d(a), b, op)
	}
	// proxy | mapping and mapping | proxy: the union of the mappings under
	// the proxies, a new dict (CPython's mappingproxy_or).
	P.Binary[OpOr] = func(ctx Ctx, a, b Value) (Value, error) {
		if a.Type() == MappingProxyType {
			a = d(a)
		}
		if b.Type() == MappingProxyType {
			b = d(b)
		}
		return Binary(ctx, a, b, OpOr)
	}
	P.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		if mappingProxyMethods[name.S] {
			return GetAttr(ctx, d(v), name)
		}
		return GenericGetAttr(ctx, v, name)
	}
}

// MappingProxyTarget returns the dict a mappingproxy views, or nil when v
// is not a mappingproxy: for built-ins such as reversed() that handle a
// dict natively and must treat its read-only view the same way.
func MappingProxyTarget(v Value) *Dict {
	if v.Type() != MappingProxyType {
		return nil
	}
	return as[MappingProxy](v).d
}
