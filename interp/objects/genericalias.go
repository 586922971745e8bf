package objects

import "strings"

// types.GenericAlias (list[int], PEP 585) and types.UnionType (int | str,
// PEP 604): the two runtime objects behind built-in type annotations.
// typing builds on both; isinstance accepts a union as its second
// argument.

// GenericAlias is origin[args].
type GenericAlias struct {
	Header
	Origin Value
	Args   *Tuple
}

// Union is a | b | ..., flattened and without duplicates.
type Union struct {
	Header
	Args *Tuple
}

// GenericAliasType and UnionType are types.GenericAlias and
// types.UnionType.
var GenericAliasType, UnionType *Type

// NewGenericAlias returns origin[args]; a non-tuple args is one argument.
func NewGenericAlias(origin, args Value) Value {
	t := AsTuple(args)
	if t == nil {
		t = NewTuple([]Value{args})
	}
	g := &GenericAlias{Origin: origin, Args: t}
	g.typ = GenericAliasType
	return obj(g)
}

// AsUnion returns the *Union in v, or nil.
func AsUnion(v Value) *Union {
	if v.h != nil && v.h.typ == UnionType {
		return as[Union](v)
	}
	return nil
}

// unionOperand reports whether v may be an operand of | between types.
func unionOperand(v Value) bool {
	return v.IsNone() || AsType(v) != nil || AsUnion(v) != nil || (v.h != nil && v.h.typ == GenericAliasType)
}

// newUnion builds a | b, or NotImplemented when either is not a type.
func newUnion(ctx Ctx, a, b Value) (Value, error) {
	if !unionOperand(a) || !unionOperand(b) {
		return NotImplemented, nil
	}
	var args []Value
	add := func(v Value) {
		if v.IsNone() {
			v = NoneType.Value()
		}
		for _, x := range args {
			if x.Is(v) {
				return
			}
		}
		args = append(args, v)
	}
	for _, v := range [...]Value{a, b} {
		if u := AsUnion(v); u != nil {
			for _, x := range u.Args.Items {
				add(x)
			}
		} else {
			add(v)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	u := &Union{Args: NewTuple(args)}
	u.typ = UnionType
	return obj(u), nil
}

// annotationRepr is how an alias or union shows one argument: a class by
// its qualified name, ... and None as themselves, anything else by repr.
func annotationRepr(ctx Ctx, v Value) (string, error) {
	switch {
	case v.Is(Ellipsis):
		return "...", nil
	case v.Is(NoneType.Value()):
		return "None", nil
	}
	if t := AsType(v); t != nil {
		return QuoteName(t.Module, t.Qualname), nil
	}
	return Repr(ctx, v)
}

func initGenericAlias() {
	GenericAliasType = newBuiltinType("GenericAlias", nil)
	GenericAliasType.Module = "types"
	UnionType = newBuiltinType("UnionType", nil)
	UnionType.Module = "types"
	G := GenericAliasType
	G.New = func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return NewGenericAlias(args[0], args[1]), nil
	}
	G.Repr = func(ctx Ctx, v Value) (string, error) {
		g := as[GenericAlias](v)
		o, err := annotationRepr(ctx, g.Origin)
		if err != nil {
			return "", err
		}
		parts := make([]string, len(g.Args.Items))
		for i, a := range g.Args.Items {
			if parts[i], err = annotationRepr(ctx, a); err != nil {
				return "", err
			}
		}
		if len(parts) == 0 {
			parts = []string{"()"}
		}
		return o + "[" + strings.Join(parts, ", ") + "]", nil
	}
	G.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
		r, err := Call(ctx, as[GenericAlias](v).Origin, args, kw)
		if err == nil {
			// Like CPython, record the alias on the instance when it
			// accepts attributes; a built-in instance does not.
			_ = SetAttr(ctx, r, Interned("__orig_class__"), v)
		}
		return r, err
	}
	G.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		if (op != CmpEq && op != CmpNe) || b.Type() != GenericAliasType {
			return NotImplemented, nil
		}
		x, y := as[GenericAlias](a), as[GenericAlias](b)
		eq, err := Compare(ctx, x.Origin, y.Origin, CmpEq)
		if err != nil {
			return Value{}, err
		}
		same, err := Truth(ctx, eq)
		if err != nil {
			return Value{}, err
		}
		if same {
			eq, err = Compare(ctx, x.Args.Value(), y.Args.Value(), CmpEq)
			if err != nil {
				return Value{}, err
			}
			if same, err = Truth(ctx, eq); err != nil {
				return Value{}, err
			}
		}
		return Bool(same == (op == CmpEq)), nil
	}
	G.Hash = func(ctx Ctx, v Value) (int64, error) {
		g := as[GenericAlias](v)
		h1, err := Hash(ctx, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(ctx, g.Args.Value())
		return h1 ^ h2, err
	}
	G.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		g := as[GenericAlias](v)
		switch name.S {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return g.Args.Value(), nil
		case "__parameters__":
			return NewTuple(nil).Value(), nil
		case "__mro_entries__":
			return NewBuiltin("__mro_entries__", func(ctx Ctx, args []Value, kw []string) (Value, error) {
				return NewTuple([]Value{g.Origin}).Value(), nil
			}, nil).Value(), nil
		}
		if strings.HasPrefix(name.S, "__") {
			return GenericGetAttr(ctx, v, name)
		}
		return GetAttr(ctx, g.Origin, name)
	}
	G.Binary[OpOr] = func(ctx Ctx, a, b Value) (Value, error) { return newUnion(ctx, a, b) }

	U := UnionType
	U.Repr = func(ctx Ctx, v Value) (string, error) {
		u := as[Union](v)
		parts := make([]string, len(u.Args.Items))
		for i, a := range u.Args.Items {
			var err error
			if parts[i], err = annotationRepr(ctx, a); err != nil {
				return "", err
			}
		}
		return strings.Join(parts, " | "), nil
	}
	U.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		switch name.S {
		case "__args__":
			return as[Union](v).Args.Value(), nil
		case "__parameters__":
			return NewTuple(nil).Value(), nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	U.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		if (op != CmpEq && op != CmpNe) || b.Type() != UnionType {
			return NotImplemented, nil
		}
		x, y := as[Union](a).Args.Items, as[Union](b).Args.Items
		same := len(x) == len(y)
		for _, p := range x {
			found := false
			for _, q := range y {
				found = found || p.Is(q)
			}
			same = same && found
		}
		return Bool(same == (op == CmpEq)), nil
	}
	U.Hash = func(ctx Ctx, v Value) (int64, error) {
		var h int64
		for _, a := range as[Union](v).Args.Items {
			h ^= a.ID()
		}
		return h, nil
	}
	U.Binary[OpOr] = func(ctx Ctx, a, b Value) (Value, error) { return newUnion(ctx, a, b) }
	TypeType.Binary[OpOr] = func(ctx Ctx, a, b Value) (Value, error) { return newUnion(ctx, a, b) }
	NoneType.Binary[OpOr] = func(ctx Ctx, a, b Value) (Value, error) { return newUnion(ctx, a, b) }
}
