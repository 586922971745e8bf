package objects

import (
	"strings"
	"sync"

	"github.com/weftrun/weft/interp/pystr"
)

// init builds the built-in type objects. Types are created first (their
// identities are referenced by every constructor), then slots are filled.
func init() {
	TypeType.typ = TypeType
	TypeType.Qualname, TypeType.Module, TypeType.Builtin = "type", "builtins", true
	ObjectType.typ = TypeType
	ObjectType.Qualname, ObjectType.Module, ObjectType.Builtin = "object", "builtins", true
	ObjectType.MRO = []*Type{ObjectType}
	ObjectType.Layout = ObjectType
	ObjectType.Dict = &Dict{} // DictType not yet made; fixed below
	TypeType.Dict = &Dict{}
	TypeType.MRO = []*Type{TypeType, ObjectType}
	TypeType.Bases = []*Type{ObjectType}
	TypeType.Layout = TypeType

	ObjectType.New = objectNew
	ObjectType.Repr = objectRepr
	ObjectType.Hash = func(ctx Ctx, v Value) (int64, error) { return v.ID() >> 4, nil }
	ObjectType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		if op == CmpEq && a.Is(b) {
			return True, nil
		}
		return NotImplemented, nil
	}
	ObjectType.GetAttr = GenericGetAttr
	ObjectType.SetAttr = GenericSetAttr
	TypeType.inherit(ObjectType)
	TypeType.Call = typeCall
	TypeType.Repr = typeRepr
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr

	DictType = newBuiltinType("dict", nil)
	ObjectType.Dict.typ, TypeType.Dict.typ, DictType.Dict.typ = DictType, DictType, DictType
	StrType = newBuiltinType("str", nil)
	for i := range asciiStrs {
		asciiStrs[i] = NewStr(string(rune(i)))
	}
	IntType = newBuiltinType("int", nil)
	smallIntHeader.typ = IntType
	BoolType = newBuiltinType("bool", IntType)
	trueObj.typ, falseObj.typ = BoolType, BoolType
	FloatType = newBuiltinType("float", nil)
	floatHeader.typ = FloatType
	NoneType = newBuiltinType("NoneType", nil)
	noneObj.typ = NoneType
	NotImplType = newBuiltinType("NotImplementedType", nil)
	notImplObj.typ = NotImplType
	EllipsisType = newBuiltinType("ellipsis", nil)
	ellipsisObj.typ = EllipsisType
	ListType = newBuiltinType("list", nil)
	TupleType = newBuiltinType("tuple", nil)
	emptyTuple.typ = TupleType
	SetType = newBuiltinType("set", nil)
	FrozenSetType = newBuiltinType("frozenset", nil)
	SliceType = newBuiltinType("slice", nil)
	RangeType = newBuiltinType("range", nil)
	rangeIterType = newBuiltinType("range_iterator", nil)
	seqIterType = newBuiltinType("iterator", nil)
	listIterType = newBuiltinType("list_iterator", nil)
	tupleIterType = newBuiltinType("tuple_iterator", nil)
	ModuleType = newBuiltinType("module", nil)
	BuiltinType = newBuiltinType("builtin_function_or_method", nil)
	MethodDescrType = newBuiltinType("method_descriptor", nil)
	CodeType = newBuiltinType("code", nil)
	CellType = newBuiltinType("cell", nil)
	FunctionType = newBuiltinType("function", nil)
	MethodType = newBuiltinType("method", nil)
	PropertyType = newBuiltinType("property", nil)
	StaticMethodType = newBuiltinType("staticmethod", nil)
	ClassMethodType = newBuiltinType("classmethod", nil)
	dictIterType = newBuiltinType("dict_keyiterator", nil)
	strIterType = newBuiltinType("str_ascii_iterator", nil)
	initExceptions()
	initExceptionGroups()
	initInt()
	initFloat()

	initList()
	initMisc()
	initDeque()
	initStr()
	initBytes()
	initComplex()
	initDict()
	initCallables()
	initMappingProxy()
	initDescrAttrs()
	initExceptionExtras()
	initOSError()
	initIntrospection()
	initFrames()
	initGenericAlias()
	initAttrDescrs()
	initSubclassInstances()
	initUnhashable()
	initIterHints()
	initSliceObject()
	initImportError()
	initWrapperDescr()
}

func initStr() {
	StrType.Repr = func(ctx Ctx, v Value) (string, error) { return pystr.Repr(as[Str](v).S), nil }
	StrType.Str = func(ctx Ctx, v Value) (string, error) { return as[Str](v).S, nil }
	StrType.Hash = func(ctx Ctx, v Value) (int64, error) { return as[Str](v).Hash(), nil }
	StrType.Len = func(ctx Ctx, v Value) (int, error) { return as[Str](v).Len(), nil }
	StrType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		sb := AsStr(b)
		if sb == nil {
			return NotImplemented, nil
		}
		return Bool(cmpInt(int64(strings.Compare(as[Str](a).S, sb.S)), 0, op)), nil
	}
	StrType.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		sa, sb := AsStr(a), AsStr(b)
		if sa == nil || sb == nil {
			return NotImplemented, nil
		}
		return StrValue(sa.S + sb.S), nil
	}
	StrType.InPlace[OpAdd] = strInPlaceAdd
	StrType.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		s, n := a, b
		if AsStr(s) == nil {
			s, n = b, a
		}
		if !IsInt(n) {
			return NotImplemented, nil
		}
		k, err := IndexOf(ctx, n)
		if err != nil {
			return Value{}, err
		}
		if k <= 0 {
			return StrValue(""), nil
		}
		return StrValue(strings.Repeat(AsStr(s).S, int(k))), nil
	}
	StrType.Contains = func(ctx Ctx, v, x Value) (bool, error) {
		sx := AsStr(x)
		if sx == nil {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", x.Type().Name)
		}
		return strings.Contains(as[Str](v).S, sx.S), nil
	}
	StrType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		s := as[Str](v)
		if sl := AsSlice(key); sl != nil {
			start, stop, step, n, err := sl.Indices(ctx, s.Len())
			if err != nil {
				return Value{}, err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				return StrValue(s.Slice(start, stop)), nil
			}
			var b strings.Builder
			for i := 0; i < n; i++ {
				b.WriteString(s.At(start + i*step))
			}
			return StrValue(b.String()), nil
		}
		i, err := normIndex(ctx, key, s.Len(), "string")
		if err != nil {
			return Value{}, err
		}
		return CharStr(s.At(i)), nil
	}
	StrType.Iter = func(ctx Ctx, v Value) (Value, error) { return newStrIter(as[Str](v)), nil }
	strIterType.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
	strIterType.Next = func(ctx Ctx, v Value) (Value, error) { return as[strIter](v).next(), nil }
	StrType.Bool = func(ctx Ctx, v Value) (bool, error) { return as[Str](v).S != "", nil }
}

func initDict() {
	DictType.Repr = func(ctx Ctx, v Value) (string, error) {
		return reprGuarded(ctx, v, "{...}", func() (string, error) {
			keys, vals := as[Dict](v).Items()
			var b strings.Builder
			b.WriteByte('{')
			for i := range keys {
				if i > 0 {
					b.WriteString(", ")
				}
				k, err := Repr(ctx, keys[i])
				if err != nil {
					return "", err
				}
				x, err := Repr(ctx, vals[i])
				if err != nil {
					return "", err
				}
				b.WriteString(k + ": " + x)
			}
			b.WriteByte('}')
			return b.String(), nil
		})
	}
	DictType.Len = func(ctx Ctx, v Value) (int, error) { return as[Dict](v).Len(), nil }
	DictType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		r, ok, err := as[Dict](v).GetItem(ctx, key)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if v.Type() != DictType {
				if m, ok := v.Type().LookupString("__missing__"); ok {
					return ctx.Call(m, []Value{v, key}, nil)
				}
			}
			return Value{}, NewException(KeyErrorType, key)
		}
		return r, nil
	}
	DictType.SetItem = func(ctx Ctx, v, key, val Value) error {
		d := as[Dict](v)
		if val.IsNil() {
			ok, err := d.DelItem(ctx, key)
			if err == nil && !ok {
				return NewException(KeyErrorType, key)
			}
			return err
		}
		return d.SetItem(ctx, key, val)
	}
	DictType.Contains = func(ctx Ctx, v, x Value) (bool, error) {
		_, ok, err := as[Dict](v).GetItem(ctx, x)
		return ok, err
	}
	DictType.Iter = func(ctx Ctx, v Value) (Value, error) { return NewDictIter(as[Dict](v), dictIterKeys), nil }
	DictType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		db := AsDict(b)
		if db == nil || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		da := as[Dict](a)
		eq := da.Len() == db.Len()
		if eq {
			keys, vals := da.Items()
			for i, k := range keys {
				w, ok, err := db.GetItem(ctx, k)
				if err != nil {
					return Value{}, err
				}
				if !ok {
					eq = false
					break
				}
				if e, err := Equal(ctx, vals[i], w); err != nil || !e {
					eq = false
					if err != nil {
						return Value{}, err
					}
					break
				}
			}
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	DictType.Binary[OpOr] = func(ctx Ctx, a, b Value) (Value, error) {
		da, db := AsDict(a), AsDict(b)
		if da == nil || db == nil {
			return NotImplemented, nil
		}
		n := da.Copy()
		k, v := db.Items()
		for i := range k {
			if err := n.SetItem(ctx, k[i], v[i]); err != nil {
				return Value{}, err
			}
		}
		return n.Value(), nil
	}
	dictIterType.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
	dictIterType.Next = dictIterNext
}

// Dict iteration kinds.
const (
	dictIterKeys = iota
	dictIterValues
	dictIterItems
)

type dictIter struct {
	Header
	d    *Dict
	kind int
	pos  int
	size int
}

var dictIterType, strIterType *Type

// NewDictIter iterates keys (kind 0), values (1) or items (2).
func NewDictIter(d *Dict, kind int) Value {
	it := &dictIter{d: d, kind: kind, size: d.Len()}
	it.typ = dictIterType
	return obj(it)
}

func dictIterNext(ctx Ctx, v Value) (Value, error) {
	it := as[dictIter](v)
	if it.d == nil {
		return Value{}, nil
	}
	if it.d.Len() != it.size {
		it.size = -1
		return Value{}, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for {
		k, val, ok := it.d.entryAt(it.pos)
		if !ok {
			it.d = nil
			return Value{}, nil
		}
		it.pos++
		if k.IsNil() {
			continue
		}
		switch it.kind {
		case dictIterKeys:
			return k, nil
		case dictIterValues:
			return val, nil
		}
		return NewTuple([]Value{k, val}).Value(), nil
	}
}

// strIter iterates a str's code points.
//
// Free-threading: mu guards pos, except in a private iterator (see
// IterPrivate), which only its frame can reach.
type strIter struct {
	Header
	mu      sync.Mutex
	s       *Str
	pos     int
	private bool
}

// next returns the next character, or the nil Value at the end.
func (it *strIter) next() Value {
	if !it.private {
		it.mu.Lock()
		defer it.mu.Unlock()
	}
	if it.pos >= len(it.s.S) {
		return Value{}
	}
	c := it.s.S[it.pos]
	if c < 0x80 {
		it.pos++
		return obj(asciiStrs[c])
	}
	_, n := decodeRune(it.s.S[it.pos:])
	r := it.s.S[it.pos : it.pos+n]
	it.pos += n
	return StrValue(r)
}

func newStrIter(s *Str) Value {
	it := &strIter{s: s}
	it.typ = strIterType
	return obj(it)
}

func initCallables() {

	BuiltinType.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
		b := as[Builtin](v)
		if !b.Self.IsNil() {
			return b.Fn(ctx, append([]Value{b.Self}, args...), kw)
		}
		return b.Fn(ctx, args, kw)
	}
	BuiltinType.Repr = func(ctx Ctx, v Value) (string, error) {
		b := as[Builtin](v)
		if !b.Self.IsNil() {
			return "<built-in method " + b.Name + " of " + b.Self.Type().Name + " object at " + hexID(b.Self) + ">", nil
		}
		return "<built-in function " + b.Name + ">", nil
	}
	MethodDescrType.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
		b := as[Builtin](v)
		if len(args) == 0 || !args[0].Type().IsSubtype(b.Owner) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, b.Owner.Name, typeNameOrNothing(args))
		}
		return b.Fn(ctx, args, kw)
	}
	MethodDescrType.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) {
		if inst.IsNil() {
			return d, nil
		}
		b := as[Builtin](d)
		nb := &Builtin{Name: b.Name, Fn: b.Fn, Self: inst, Redirect: b.Redirect}
		nb.typ = BuiltinType
		return obj(nb), nil
	}
	MethodDescrType.Repr = func(ctx Ctx, v Value) (string, error) {
		b := as[Builtin](v)
		return "<method '" + b.Name + "' of '" + b.Owner.Name + "' objects>", nil
	}
	FunctionType.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) { return ctx.Call(v, args, kw) }
	FunctionType.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) {
		if inst.IsNil() {
			return d, nil
		}
		return NewMethod(d, inst), nil
	}
	FunctionType.Repr = func(ctx Ctx, v Value) (string, error) {
		return "<function " + as[Function](v).Qualname + " at " + hexID(v) + ">", nil
	}
	FunctionType.GetAttr = functionGetAttr
	FunctionType.SetAttr = functionSetAttr
	FunctionType.HasDict = true
	MethodType.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
		m := as[Method](v)
		return Call(ctx, m.Func, append([]Value{m.Self}, args...), kw)
	}
	MethodType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		m := as[Method](v)
		switch name.S {
		case "__self__":
			return m.Self, nil
		case "__func__":
			return m.Func, nil
		}
		return GetAttr(ctx, m.Func, name)
	}
	MethodType.Repr = func(ctx Ctx, v Value) (string, error) {
		m := as[Method](v)
		r, err := Repr(ctx, m.Self)
		q := "?"
		if f := AsFunction(m.Func); f != nil {
			q = f.Qualname
		}
		return "<bound method " + q + " of " + r + ">", err
	}
	MethodType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		mb := AsMethod(b)
		if mb == nil || op > CmpNe {
			return NotImplemented, nil
		}
		ma := as[Method](a)
		eq := ma.Func.Is(mb.Func) && ma.Self.Is(mb.Self)
		return Bool(eq == (op == CmpEq)), nil
	}
	PropertyType.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) {
		p := as[Property](d)
		if inst.IsNil() {
			return d, nil
		}
		if p.Get.IsNil() || p.Get.IsNone() {
			return Value{}, propertyMissing(ctx, p, inst, "getter")
		}
		return Call(ctx, p.Get, []Value{inst}, nil)
	}
	PropertyType.DescrSet = func(ctx Ctx, d, inst, val Value) error {
		p := as[Property](d)
		f := p.Set
		args := []Value{inst, val}
		if val.IsNil() {
			f, args = p.Del, []Value{inst}
		}
		if f.IsNil() || f.IsNone() {
			if val.IsNil() {
				return propertyMissing(ctx, p, inst, "deleter")
			}
			return propertyMissing(ctx, p, inst, "setter")
		}
		_, err := Call(ctx, f, args, nil)
		return err
	}
	StaticMethodType.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) { return as[StaticMethod](d).Func, nil }
	StaticMethodType.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
		return Call(ctx, as[StaticMethod](v).Func, args, kw)
	}
	ClassMethodType.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) {
		return NewMethod(as[ClassMethod](d).Func, owner.Value()), nil
	}
	CellType.Repr = func(ctx Ctx, v Value) (string, error) { return "<cell at " + hexID(v) + ">", nil }
}

// propertyMissing is CPython 3.11's AttributeError for a property used
// for an access it has no function for: it names the property by the name
// its class gave it (__set_name__), else after its getter.
func propertyMissing(ctx Ctx, p *Property, inst Value, what string) error {
	owner := "'" + inst.Type().Name + "' object"
	if n := p.name.Load(); n != nil {
		return Errorf(AttributeErrorType, "property '%s' of %s has no %s", n.S, owner, what)
	}
	if f := AsFunction(p.Get); f != nil {
		return Errorf(AttributeErrorType, "property '%s' of %s has no %s", f.Name, owner, what)
	}
	return Errorf(AttributeErrorType, "property of %s has no %s", owner, what)
}

func typeNameOrNothing(args []Value) string {
	if len(args) == 0 {
		return "nothing"
	}
	return args[0].Type().Name
}

func functionSetAttr(ctx Ctx, v Value, name *Str, val Value) error {
	f := as[Function](v)
	switch name.S {
	case "__name__", "__qualname__":
		s := AsStr(val)
		if s == nil {
			return Errorf(TypeErrorType, "%s must be set to a string object", name.S)
		}
		if name.S == "__name__" {
			f.Name = s.S
		} else {
			f.Qualname = s.S
		}
		return nil
	case "__doc__":
		f.Doc = val
		return nil
	case "__module__":
		f.Module = val
		return nil
	case "__defaults__":
		if t := AsTuple(val); t != nil {
			f.Defaults = t.Items
		} else {
			f.Defaults = nil
		}
		return nil
	case "__kwdefaults__":
		f.KwDefaults = AsDict(val)
		return nil
	case "__annotations__", "__annotate__":
		return f.setAnnotationAttr(name.S, val)
	}
	return GenericSetAttr(ctx, v, name, val)
}

func functionGetAttr(ctx Ctx, v Value, name *Str) (Value, error) {
	f := as[Function](v)
	switch name.S {
	case "__name__":
		return StrValue(f.Name), nil
	case "__qualname__":
		return StrValue(f.Qualname), nil
	case "__doc__":
		return f.Doc, nil
	case "__module__":
		return f.Module, nil
	case "__code__":
		return f.Code.Value(), nil
	case "__globals__":
		return f.Globals.Value(), nil
	case "__defaults__":
		if f.Defaults == nil {
			return None, nil
		}
		return NewTuple(f.Defaults).Value(), nil
	case "__dict__":
		return InstanceDict(v).Value(), nil
	case "__closure__":
		if f.Closure == nil {
			return None, nil
		}
		cells := make([]Value, len(f.Closure))
		for i, c := range f.Closure {
			cells[i] = c.Value()
		}
		return NewTuple(cells).Value(), nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return f.KwDefaults.Value(), nil
	case "__builtins__":
		return f.Builtins.Value(), nil
	case "__annotations__":
		return f.Annotations(ctx)
	case "__annotate__":
		return f.AnnotateValue(), nil
	}
	return GenericGetAttr(ctx, v, name)
}
