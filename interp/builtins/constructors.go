package builtins

import (
	"math"
	"math/big"
	"strings"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

func init() {
	for _, n := range []string{"enumerate", "zip", "map", "filter", "callable_iterator"} {
		iterType(n)
	}
}

func installConstructors() {
	objects.IntType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		a, err := parseArgs("int", args, kw, 0, "x", "base")
		if err != nil {
			return value{}, err
		}
		return intFromArgs(c, a[0], a[1])
	}
	objects.BoolType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("bool", args, kw, 0, 1); err != nil {
			return value{}, err
		}
		if len(args) == 0 {
			return objects.False, nil
		}
		b, err := objects.Truth(c, args[0])
		return objects.Bool(b), err
	}
	objects.FloatType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("float", args, kw, 0, 1); err != nil {
			return value{}, err
		}
		if len(args) == 0 {
			return objects.Float(0), nil
		}
		return toFloat(c, args[0])
	}
	objects.StrType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		a, err := parseArgs("str", args, kw, 0, "object", "encoding", "errors")
		if err != nil {
			return value{}, err
		}
		if a[0].IsNil() {
			return objects.StrValue(""), nil
		}
		if !a[1].IsNil() || !a[2].IsNil() {
			return decodeToStr(a[0], a[1], a[2])
		}
		s, err := objects.ToStr(c, a[0])
		return objects.StrValue(s), err
	}
	objects.ListType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("list", args, kw, 0, 1); err != nil {
			return value{}, err
		}
		var items []value
		if len(args) == 1 {
			var err error
			if items, err = objects.ToSlice(c, args[0]); err != nil {
				return value{}, err
			}
		}
		return objects.NewList(items).Value(), nil
	}
	objects.TupleType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("tuple", args, kw, 0, 1); err != nil {
			return value{}, err
		}
		if len(args) == 1 {
			if tu := objects.AsTuple(args[0]); tu != nil && args[0].Type() == objects.TupleType {
				return args[0], nil
			}
			items, err := objects.ToSlice(c, args[0])
			if err != nil {
				return value{}, err
			}
			return objects.NewTuple(items).Value(), nil
		}
		return objects.NewTuple(nil).Value(), nil
	}
	objects.DictType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		d := objects.NewDict()
		npos := len(args) - len(kw)
		if npos > 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "dict expected at most 1 argument, got %d", npos)
		}
		if npos == 1 {
			if err := dictUpdateFrom(c, d, args[0]); err != nil {
				return value{}, err
			}
		}
		for i, k := range kw {
			if err := d.SetItem(c, objects.StrValue(k), args[npos+i]); err != nil {
				return value{}, err
			}
		}
		return d.Value(), nil
	}
	setNew := func(frozen bool, name string) func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		return func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
			if err := nargs(name, args, kw, 0, 1); err != nil {
				return value{}, err
			}
			var items []value
			if len(args) == 1 {
				var err error
				if items, err = objects.ToSlice(c, args[0]); err != nil {
					return value{}, err
				}
			}
			s, err := objects.NewSet(c, items, frozen)
			if err != nil {
				return value{}, err
			}
			return s.Value(), nil
		}
	}
	objects.SetType.New = setNew(false, "set")
	objects.FrozenSetType.New = setNew(true, "frozenset")
	objects.RangeType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := noKw("range", kw); err != nil {
			return value{}, err
		}
		if r, ok := smallRange(args); ok {
			return r, nil
		}
		v := [3]*big.Int{nil, nil, big.NewInt(1)}
		for i, a := range args {
			if i > 2 {
				return value{}, objects.Errorf(objects.TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
			}
			x, err := objects.IntIndexValue(c, a)
			if err != nil {
				return value{}, err
			}
			v[i] = objects.ToBig(x)
		}
		switch len(args) {
		case 0:
			return value{}, objects.Errorf(objects.TypeErrorType, "range expected at least 1 argument, got 0")
		case 1:
			return objects.NewBigRange(big.NewInt(0), v[0], v[2]), nil
		}
		if v[2].Sign() == 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "range() arg 3 must not be zero")
		}
		return objects.NewBigRange(v[0], v[1], v[2]), nil
	}
	objects.SliceType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("slice", args, kw, 1, 3); err != nil {
			return value{}, err
		}
		switch len(args) {
		case 1:
			return objects.NewSlice(objects.None, args[0], objects.None), nil
		case 2:
			return objects.NewSlice(args[0], args[1], objects.None), nil
		}
		return objects.NewSlice(args[0], args[1], args[2]), nil
	}
	objects.TypeType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		pos := args[:len(args)-len(kw)]
		if len(pos) == 1 && len(kw) == 0 && t == objects.TypeType {
			return args[0].Type().Value(), nil
		}
		if len(pos) != 3 {
			return value{}, objects.Errorf(objects.TypeErrorType, "type() takes 1 or 3 arguments")
		}
		name := objects.AsStr(pos[0])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__new__() argument 1 must be str, not %s", pos[0].Type().Name)
		}
		bases := objects.AsTuple(pos[1])
		if bases == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", pos[1].Type().Name)
		}
		ns := objects.AsDict(pos[2])
		if ns == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "type.__new__() argument 3 must be dict, not %s", pos[2].Type().Name)
		}
		var bs []*objects.Type
		for _, b := range bases.Items {
			bt := objects.AsType(b)
			if bt == nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "type.__new__() argument 2 must contain only types, not %s", b.Type().Name)
			}
			bs = append(bs, bt)
		}
		if _, ok := ns.GetStr(objects.Interned("__module__")); !ok {
			ns.SetStr(objects.Interned("__module__"), objects.StrValue("__main__"))
		}
		cls, err := objects.TypeNew(c, t, name.S, bs, ns, args[len(pos):], kw)
		if err != nil {
			return value{}, err
		}
		return cls.Value(), nil
	}
	objects.PropertyType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		a, err := parseArgs("property", args, kw, 0, "fget", "fset", "fdel", "doc")
		if err != nil {
			return value{}, err
		}
		return newProperty(a[0], a[1], a[2], a[3]), nil
	}
	objects.StaticMethodType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("staticmethod", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		s := &objects.StaticMethod{Func: args[0]}
		objects.SetHeaderType(&s.Header, objects.StaticMethodType)
		return objects.FromHeader(&s.Header), nil
	}
	objects.ClassMethodType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if err := nargs("classmethod", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		s := &objects.ClassMethod{Func: args[0]}
		objects.SetHeaderType(&s.Header, objects.ClassMethodType)
		return objects.FromHeader(&s.Header), nil
	}
	prop := func(name string, fn func(p *objects.Property, v value) value) {
		objects.PropertyType.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if len(args) != 2 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s() takes exactly one argument", name)
			}
			p := (*objects.Property)(args[0].Ptr())
			return fn(p, args[1]), nil
		})
	}
	renamed := func(p *objects.Property, v value) value {
		if n := p.Name(); n != nil {
			(*objects.Property)(v.Ptr()).SetName(n)
		}
		return v
	}
	prop("getter", func(p *objects.Property, v value) value { return renamed(p, newProperty(v, p.Set, p.Del, p.Doc)) })
	prop("setter", func(p *objects.Property, v value) value { return renamed(p, newProperty(p.Get, v, p.Del, p.Doc)) })
	prop("deleter", func(p *objects.Property, v value) value { return renamed(p, newProperty(p.Get, p.Set, v, p.Doc)) })
	objects.PropertyType.SetMethod("__set_name__", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) != 3 || len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "__set_name__() takes 2 positional arguments but %d were given", len(args)-1)
		}
		if n := objects.AsStr(args[2]); n != nil {
			(*objects.Property)(args[0].Ptr()).SetName(n)
		}
		return objects.None, nil
	})
}

func newProperty(get, set, del, doc value) value {
	norm := func(v value) value {
		if v.IsNil() {
			return objects.None
		}
		return v
	}
	p := &objects.Property{Get: norm(get), Set: norm(set), Del: norm(del), Doc: norm(doc)}
	objects.SetHeaderType(&p.Header, objects.PropertyType)
	return objects.FromHeader(&p.Header)
}

func dictUpdateFrom(c ctx, d *objects.Dict, src value) error {
	if s := objects.AsDict(src); s != nil {
		ks, vs := s.Items()
		for i := range ks {
			if err := d.SetItem(c, ks[i], vs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	// A mapping is anything with a keys attribute (CPython looks the
	// attribute up, so mappingproxy and __getattr__-provided keys count).
	km, err := objects.GetAttr(c, src, objects.Interned("keys"))
	if e, ok := err.(*objects.Exception); err != nil && !(ok && e.Matches(objects.AttributeErrorType)) {
		return err
	}
	if err == nil {
		kv, err := c.Call(km, nil, nil)
		if err != nil {
			return err
		}
		keys, err := objects.ToSlice(c, kv)
		if err != nil {
			return err
		}
		for _, k := range keys {
			v, err := objects.GetItem(c, src, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(c, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	items, err := objects.ToSlice(c, src)
	if err != nil {
		return err
	}
	for i, it := range items {
		pair, err := objects.ToSlice(c, it)
		if err != nil {
			return objects.Errorf(objects.TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return objects.Errorf(objects.ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.SetItem(c, pair[0], pair[1]); err != nil {
			return err
		}
	}
	return nil
}

func intFromArgs(c ctx, x, base value) (value, error) {
	if x.IsNil() {
		return objects.Int(0), nil
	}
	if p, ok := objects.BytesLike(x); ok {
		return intFromBytes(c, p, base)
	}
	if !base.IsNil() {
		s := objects.AsStr(x)
		if s == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "int() can't convert non-string with explicit base")
		}
		b, err := objects.IndexOf(c, base)
		if err != nil {
			return value{}, err
		}
		return parseInt(s.S, int(b))
	}
	if objects.IsInt(x) {
		return objects.BigValue(objects.ToBig(x)), nil
	}
	if s := objects.AsStr(x); s != nil {
		return parseInt(s.S, 10)
	}
	if x.Type().Layout == objects.FloatType {
		f, _, _ := objects.ToFloat(x)
		if math.IsInf(f, 0) {
			return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert float NaN to integer")
		}
		b, _ := pyfmt.FloatToInt(f)
		return objects.BigValue(b), nil
	}
	for _, m := range []string{"__int__", "__index__", "__trunc__"} {
		if f, ok := x.Type().LookupString(m); ok {
			return c.Call(f, []value{x}, nil)
		}
	}
	return value{}, objects.Errorf(objects.TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

func parseInt(s string, base int) (value, error) {
	b, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return value{}, pyErr(err)
	}
	return objects.BigValue(b), nil
}

func toFloat(c ctx, x value) (value, error) {
	if x.IsFloat() {
		return x, nil
	}
	if p, ok := objects.BytesLike(x); ok {
		f, err := pyfmt.ParseFloatBytes(p)
		if err != nil {
			return value{}, pyErr(err)
		}
		return objects.Float(f), nil
	}
	if s := objects.AsStr(x); s != nil {
		f, err := pyfmt.ParseFloat(s.S)
		if err != nil {
			return value{}, pyErr(err)
		}
		return objects.Float(f), nil
	}
	f, ok, err := objects.ToFloat(x)
	if err != nil {
		return value{}, err
	}
	if ok {
		return objects.Float(f), nil
	}
	if m, ok := x.Type().LookupString("__float__"); ok {
		return c.Call(m, []value{x}, nil)
	}
	if m, ok := x.Type().LookupString("__index__"); ok {
		r, err := c.Call(m, []value{x}, nil)
		if err != nil {
			return value{}, err
		}
		return toFloat(c, r)
	}
	return value{}, objects.Errorf(objects.TypeErrorType, "float() argument must be a string or a real number, not '%s'", x.Type().Name)
}

var _ = strings.TrimSpace

// smallRange is range(...) when every argument is a small int (not a
// bool, which is also fine but rare) and the step is not zero: the common
// range(n) of a loop is built without the arbitrary-precision path.
func smallRange(args []value) (value, bool) {
	var v [3]int64
	v[2] = 1
	if len(args) == 0 || len(args) > 3 {
		return value{}, false
	}
	for i, a := range args {
		if !a.IsSmallInt() {
			return value{}, false
		}
		v[i] = a.SmallInt()
	}
	if len(args) == 1 {
		v[0], v[1] = 0, v[0]
	}
	if v[2] == 0 {
		return value{}, false
	}
	return objects.NewRange(v[0], v[1], v[2]), true
}
