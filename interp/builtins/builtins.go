package builtins

import (
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
	"github.com/weftrun/weft/interp/vm"
)

// Install fills in.Builtins and registers the built-in types' constructors
// and methods.
func Install(in *vm.Interp) {
	d := in.Builtins
	set := func(name string, fn objects.BuiltinFn) {
		b := objects.NewBuiltin(name, fn, nil)
		b.Module = "builtins"
		d.SetStr(objects.Interned(name), b.Value())
	}
	setType := func(t *objects.Type) { d.SetStr(objects.Interned(t.Name), t.Value()) }
	for _, t := range []*objects.Type{objects.IntType, objects.FloatType, objects.StrType, objects.BoolType, objects.ListType,
		objects.TupleType, objects.DictType, objects.SetType, objects.FrozenSetType, objects.TypeType, objects.ObjectType,
		objects.RangeType, objects.SliceType, objects.PropertyType, objects.StaticMethodType, objects.ClassMethodType,
		objects.BytesType, objects.ByteArrayType, objects.ComplexType} {
		setType(t)
	}
	for _, t := range objects.ExceptionTypes {
		setType(t)
	}
	setType(superType)
	d.SetStr(objects.Interned("EnvironmentError"), objects.OSErrorType.Value())
	d.SetStr(objects.Interned("IOError"), objects.OSErrorType.Value())
	d.SetStr(objects.Interned("None"), objects.None)
	d.SetStr(objects.Interned("Ellipsis"), objects.Ellipsis)
	d.SetStr(objects.Interned("NotImplemented"), objects.NotImplemented)
	d.SetStr(objects.Interned("__name__"), objects.StrValue("builtins"))
	d.SetStr(objects.Interned("__debug__"), objects.True)
	installConstructors()
	installMethods()
	installBytes()
	installStreams()
	installSubclassConstructors()
	installTypeSlots()
	installIntMethods()
	installNumberMethods()
	installSliceMethods()
	objects.ExposeSlotMethods()
	installCollectionsModule(in)

	set("print", func(c ctx, args []value, kw []string) (value, error) {
		npos := len(args) - len(kw)
		sep, end := " ", "\n"
		var file value
		flush := false
		for i, k := range kw {
			v := args[npos+i]
			switch k {
			case "sep", "end":
				if v.IsNone() {
					break
				}
				s := objects.AsStr(v)
				if s == nil {
					return value{}, objects.Errorf(objects.TypeErrorType, "%s must be None or a string, not %s", k, v.Type().Name)
				}
				if k == "sep" {
					sep = s.S
				} else {
					end = s.S
				}
			case "file":
				if !v.IsNone() {
					file = v
				}
			case "flush":
				flush, _ = objects.Truth(c, v)
			default:
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' is an invalid keyword argument for print()", k)
			}
		}
		var b strings.Builder
		for i, a := range args[:npos] {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := objects.ToStr(c, a)
			if err != nil {
				return value{}, err
			}
			b.WriteString(s)
		}
		b.WriteString(end)
		if file.IsNil() {
			file = redirectedStdout(in)
		}
		if !file.IsNil() {
			w, err := objects.GetAttr(c, file, objects.Interned("write"))
			if err != nil {
				return value{}, err
			}
			if _, err := c.Call(w, []value{objects.StrValue(b.String())}, nil); err != nil {
				return value{}, err
			}
			return objects.None, nil
		}
		in.WriteStdout(b.String())
		if flush {
			in.Flush()
		}
		return objects.None, nil
	})
	set("len", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("len", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		n, err := objects.Len(c, args[0])
		return objects.Int(int64(n)), err
	})
	set("repr", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("repr", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		s, err := objects.Repr(c, args[0])
		return objects.StrValue(s), err
	})
	set("ascii", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("ascii", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		s, err := objects.ASCII(c, args[0])
		return objects.StrValue(s), err
	})
	set("abs", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("abs", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		if f := args[0].Type().Abs; f != nil {
			return f(c, args[0])
		}
		return value{}, objects.Errorf(objects.TypeErrorType, "bad operand type for abs(): '%s'", args[0].Type().Name)
	})
	set("id", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("id", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		return objects.Int(args[0].ID()), nil
	})
	set("hash", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("hash", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		h, err := objects.Hash(c, args[0])
		return objects.Int(h), err
	})
	set("iter", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("iter", args, kw, 1, 2); err != nil {
			return value{}, err
		}
		if len(args) == 2 {
			return callableIter(args[0], args[1]), nil
		}
		return objects.Iter(c, args[0])
	})
	set("next", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("next", args, kw, 1, 2); err != nil {
			return value{}, err
		}
		if args[0].Type().Next == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object is not an iterator", args[0].Type().Name)
		}
		r, isGen, err := vm.GeneratorNext(c, args[0])
		if isGen && err != nil && len(args) == 2 {
			if e, ok := err.(*objects.Exception); ok && e.Matches(objects.StopIterationType) {
				return args[1], nil
			}
		}
		if !isGen {
			r, err = objects.Next(c, args[0])
		}
		if err != nil {
			return value{}, err
		}
		if r.IsNil() {
			if len(args) == 2 {
				return args[1], nil
			}
			return value{}, objects.NewException(objects.StopIterationType)
		}
		return r, nil
	})
	set("isinstance", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("isinstance", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		ok, err := isinstance(c, args[0], args[1], "isinstance")
		return objects.Bool(ok), err
	})
	set("issubclass", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("issubclass", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		ok, err := isinstance(c, args[0], args[1], "issubclass")
		return objects.Bool(ok), err
	})
	set("callable", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("callable", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		return objects.Bool(args[0].Type().Call != nil), nil
	})
	set("getattr", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("getattr", args, kw, 2, 3); err != nil {
			return value{}, err
		}
		name := objects.AsStr(args[1])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		r, err := objects.GetAttr(c, args[0], name)
		if err != nil && len(args) == 3 {
			if e, ok := err.(*objects.Exception); ok && e.Matches(objects.AttributeErrorType) {
				return args[2], nil
			}
		}
		return r, err
	})
	set("setattr", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("setattr", args, kw, 3, 3); err != nil {
			return value{}, err
		}
		name := objects.AsStr(args[1])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return objects.None, objects.SetAttr(c, args[0], name, args[2])
	})
	set("delattr", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("delattr", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		name := objects.AsStr(args[1])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return objects.None, objects.SetAttr(c, args[0], name, value{})
	})
	set("hasattr", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("hasattr", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		name := objects.AsStr(args[1])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "attribute name must be string, not '%s'", args[1].Type().Name)
		}
		_, err := objects.GetAttr(c, args[0], name)
		if err != nil {
			if e, ok := err.(*objects.Exception); ok && e.Matches(objects.AttributeErrorType) {
				return objects.False, nil
			}
			return value{}, err
		}
		return objects.True, nil
	})
	set("chr", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("chr", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		i, err := objects.IndexOf(c, args[0])
		if err != nil {
			return value{}, err
		}
		if i < 0 || i > 0x10ffff {
			return value{}, objects.Errorf(objects.ValueErrorType, "chr() arg not in range(0x110000)")
		}
		return objects.CharStr(string(rune(i))), nil
	})
	set("ord", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("ord", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		s := objects.AsStr(args[0])
		if b, ok := objects.BytesLike(args[0]); ok {
			return ordBytes(b)
		}
		if s == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "ord() expected string of length 1, but %s found", args[0].Type().Name)
		}
		if n := s.Len(); n != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		return objects.Int(int64([]rune(s.S)[0])), nil
	})
	radix := func(name string, f func(*big.Int) string) {
		set(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := nargs(name, args, kw, 1, 1); err != nil {
				return value{}, err
			}
			n, err := objects.IntIndexValue(c, args[0])
			if err != nil {
				return value{}, err
			}
			return objects.StrValue(f(objects.ToBig(n))), nil
		})
	}
	radix("hex", pyfmt.IntHex)
	radix("oct", pyfmt.IntOct)
	radix("bin", pyfmt.IntBin)
	set("format", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("format", args, kw, 1, 2); err != nil {
			return value{}, err
		}
		spec := ""
		if len(args) == 2 {
			s := objects.AsStr(args[1])
			if s == nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "format() argument 2 must be str, not %s", args[1].Type().Name)
			}
			spec = s.S
		}
		r, err := objects.Format(c, args[0], spec)
		return objects.StrValue(r), err
	})
	set("divmod", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("divmod", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		if r, ok, err := userDivmod(c, args[0], args[1]); ok || err != nil {
			return r, err
		}
		if y, ok, _ := objects.ToFloat(args[1]); ok && y == 0 && (args[0].IsFloat() || args[1].IsFloat()) {
			if _, ok, _ := objects.ToFloat(args[0]); ok {
				return value{}, objects.Errorf(objects.ZeroDivisionErrorType, "float divmod()")
			}
		}
		q, err := objects.Binary(c, args[0], args[1], objects.OpFloorDiv)
		if err != nil {
			if e, ok := err.(*objects.Exception); ok && e.Matches(objects.TypeErrorType) {
				return value{}, objects.Errorf(objects.TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", args[0].Type().Name, args[1].Type().Name)
			}
			return value{}, err
		}
		m, err := objects.Binary(c, args[0], args[1], objects.OpMod)
		if err != nil {
			return value{}, err
		}
		return objects.NewTuple([]value{q, m}).Value(), nil
	})
	set("pow", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("pow", args, kw, 2, "base", "exp", "mod")
		if err != nil {
			return value{}, err
		}
		if !a[2].IsNil() && !a[2].IsNone() {
			if a[0].Type().Layout == objects.ComplexType || a[1].Type().Layout == objects.ComplexType || a[2].Type().Layout == objects.ComplexType {
				// complex's ternary power is checked before the int-only rule.
				return value{}, objects.Errorf(objects.ValueErrorType, "complex modulo")
			}
			if f, ok := a[0].Type().LookupString("__pow__"); ok && objects.AsFunction(f) != nil {
				// A Python __pow__ takes the modulus as its third
				// argument (CPython's ternary slot); NotImplemented
				// falls through to the error below.
				r, err := c.Call(f, []value{a[0], a[1], a[2]}, nil)
				if err != nil || !r.IsNotImplemented() {
					return r, err
				}
			}
			if !objects.IsInt(a[0]) || !objects.IsInt(a[1]) || !objects.IsInt(a[2]) {
				return value{}, objects.Errorf(objects.TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			m := objects.ToBig(a[2])
			if m.Sign() == 0 {
				return value{}, objects.Errorf(objects.ValueErrorType, "pow() 3rd argument cannot be 0")
			}
			e := objects.ToBig(a[1])
			b := objects.ToBig(a[0])
			if e.Sign() < 0 {
				inv := new(big.Int).ModInverse(new(big.Int).Mod(b, new(big.Int).Abs(m)), new(big.Int).Abs(m))
				if inv == nil {
					return value{}, objects.Errorf(objects.ValueErrorType, "base is not invertible for the given modulus")
				}
				b, e = inv, new(big.Int).Neg(e)
			}
			r := new(big.Int).Exp(b, e, new(big.Int).Abs(m))
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return objects.BigValue(r), nil
		}
		return objects.Binary(c, a[0], a[1], objects.OpPow)
	})
	set("round", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("round", args, kw, 1, "number", "ndigits")
		if err != nil {
			return value{}, err
		}
		return round(c, a[0], a[1])
	})
	set("sum", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("sum", args, kw, 1, "iterable", "start")
		if err != nil {
			return value{}, err
		}
		acc := objects.Int(0)
		if !a[1].IsNil() {
			acc = a[1]
			if objects.AsStr(acc) != nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
			}
		}
		it, err := objects.Iter(c, a[0])
		if err != nil {
			return value{}, err
		}
		for {
			x, err := objects.Next(c, it)
			if err != nil {
				return value{}, err
			}
			if x.IsNil() {
				return acc, nil
			}
			if acc.IsSmallInt() && x.IsSmallInt() {
				if r, ok, _ := objects.SmallIntOp(objects.OpAdd, acc.SmallInt(), x.SmallInt()); ok {
					acc = r
					continue
				}
			}
			if acc, err = objects.Binary(c, acc, x, objects.OpAdd); err != nil {
				return value{}, err
			}
		}
	})
	minmax := func(name string, op objects.CompareOp) {
		set(name, func(c ctx, args []value, kw []string) (value, error) {
			npos := len(args) - len(kw)
			var key, def value
			for i, k := range kw {
				switch k {
				case "key":
					key = args[npos+i]
				case "default":
					def = args[npos+i]
				default:
					return value{}, objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
				}
			}
			var items []value
			var err error
			switch {
			case npos == 0:
				return value{}, objects.Errorf(objects.TypeErrorType, "%s expected at least 1 argument, got 0", name)
			case npos == 1:
				items, err = objects.ToSlice(c, args[0])
				if err != nil {
					return value{}, err
				}
			default:
				if !def.IsNil() {
					return value{}, objects.Errorf(objects.TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
				}
				items = args[:npos]
			}
			if len(items) == 0 {
				if !def.IsNil() {
					return def, nil
				}
				return value{}, objects.Errorf(objects.ValueErrorType, "%s() arg is an empty sequence", name)
			}
			best := items[0]
			bestKey := best
			if !key.IsNil() && !key.IsNone() {
				if bestKey, err = c.Call(key, []value{best}, nil); err != nil {
					return value{}, err
				}
			}
			for _, x := range items[1:] {
				k := x
				if !key.IsNil() && !key.IsNone() {
					if k, err = c.Call(key, []value{x}, nil); err != nil {
						return value{}, err
					}
				}
				r, err := objects.Compare(c, k, bestKey, op)
				if err != nil {
					return value{}, err
				}
				if b, _ := objects.Truth(c, r); b {
					best, bestKey = x, k
				}
			}
			return best, nil
		})
	}
	minmax("min", objects.CmpLt)
	minmax("max", objects.CmpGt)
	anyAll := func(name string, want bool) {
		set(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := nargs(name, args, kw, 1, 1); err != nil {
				return value{}, err
			}
			it, err := objects.Iter(c, args[0])
			if err != nil {
				return value{}, err
			}
			for {
				x, err := objects.Next(c, it)
				if err != nil {
					return value{}, err
				}
				if x.IsNil() {
					return objects.Bool(!want), nil
				}
				b, err := objects.Truth(c, x)
				if err != nil {
					return value{}, err
				}
				if b == want {
					return objects.Bool(want), nil
				}
			}
		})
	}
	anyAll("any", true)
	anyAll("all", false)
	set("sorted", func(c ctx, args []value, kw []string) (value, error) {
		if len(args)-len(kw) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "sorted expected 1 argument, got %d", len(args)-len(kw))
		}
		items, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		l := objects.NewList(items)
		if err := listSort(c, l, args[1:], kw); err != nil {
			return value{}, err
		}
		return l.Value(), nil
	})
	set("globals", func(c ctx, args []value, kw []string) (value, error) {
		return c.(*vm.Thread).Globals().Value(), nil
	})
	set("locals", func(c ctx, args []value, kw []string) (value, error) {
		return c.(*vm.Thread).Locals(), nil
	})
	set("vars", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) == 0 {
			return c.(*vm.Thread).Locals(), nil
		}
		if t := objects.AsType(args[0]); t != nil {
			return t.Dict.Value(), nil
		}
		d := objects.InstanceDict(args[0])
		if d == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return d.Value(), nil
	})
	set("dir", func(c ctx, args []value, kw []string) (value, error) {
		var names []string
		seen := map[string]bool{}
		add := func(d *objects.Dict) {
			for _, k := range d.Keys() {
				if s := objects.AsStr(k); s != nil && !seen[s.S] {
					seen[s.S] = true
					names = append(names, s.S)
				}
			}
		}
		if len(args) == 1 {
			if custom, ok, err := customDir(c, args[0]); ok || err != nil {
				return custom, err
			}
		}
		if len(args) == 0 {
			l := c.(*vm.Thread).Locals()
			if d := objects.AsDict(l); d != nil {
				add(d)
			}
		} else if m := objects.AsModule(args[0]); m != nil {
			add(m.Dict)
		} else {
			if d := objects.InstanceDict(args[0]); d != nil {
				add(d)
			}
			t := objects.AsType(args[0])
			if t == nil {
				t = args[0].Type()
			}
			for _, b := range t.MRO {
				add(b.Dict)
			}
		}
		sort.Strings(names)
		out := make([]value, len(names))
		for i, n := range names {
			out[i] = objects.StrValue(n)
		}
		return objects.NewList(out).Value(), nil
	})
	installDisplayHook(in, set)
	installQuit(set)
	set("input", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) > 0 {
			s, err := objects.ToStr(c, args[0])
			if err != nil {
				return value{}, err
			}
			in.WriteStdout(s)
		}
		in.Flush()
		line, err := in.Stdin.ReadString('\n')
		if err != nil && line == "" {
			return value{}, objects.Errorf(objects.EOFErrorType, "EOF when reading a line")
		}
		return objects.StrValue(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")), nil
	})
	set("exec", func(c ctx, args []value, kw []string) (value, error) {
		return execEval(c, in, args, kw, compile.Exec, "exec")
	})
	set("eval", func(c ctx, args []value, kw []string) (value, error) {
		return execEval(c, in, args, kw, compile.Eval, "eval")
	})
	set("compile", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("compile", args, kw, 3, "source", "filename", "mode", "flags", "dont_inherit", "optimize")
		if err != nil {
			return value{}, err
		}
		src, fn, mode := objects.AsStr(a[0]), objects.AsStr(a[1]), objects.AsStr(a[2])
		if src == nil || fn == nil || mode == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
		}
		m := compile.Exec
		switch mode.S {
		case "eval":
			m = compile.Eval
		case "single":
			m = compile.Single
		case "exec":
		default:
			return value{}, objects.Errorf(objects.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
		}
		code, warnings, err := compile.CompileWarnings(src.S, fn.S, m)
		if err != nil {
			return value{}, in.SyntaxErrorValue(err)
		}
		in.RememberSource(fn.S, src.S)
		if err := c.(*vm.Thread).ReportCompileWarnings(fn.S, warnings); err != nil {
			return value{}, err
		}
		return code.Value(), nil
	})
	set("__import__", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("__import__", args, kw, 1, "name", "globals", "locals", "fromlist", "level")
		if err != nil {
			return value{}, err
		}
		name := objects.AsStr(a[0])
		if name == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "__import__() argument 1 must be str, not %s", a[0].Type().Name)
		}
		return c.(*vm.Thread).Import(name.S)
	})
	set("open", func(c ctx, args []value, kw []string) (value, error) { return openFile(c, args, kw) })
	set("enumerate", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("enumerate", args, kw, 1, "iterable", "start")
		if err != nil {
			return value{}, err
		}
		it, err := objects.Iter(c, a[0])
		if err != nil {
			return value{}, err
		}
		start := objects.Int(0)
		if !a[1].IsNil() {
			start = a[1]
		}
		return newEnumerate(it, start), nil
	})
	set("zip", func(c ctx, args []value, kw []string) (value, error) {
		strict := false
		npos := len(args) - len(kw)
		for i, k := range kw {
			if k != "strict" {
				return value{}, objects.Errorf(objects.TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
			}
			strict, _ = objects.Truth(c, args[npos+i])
		}
		its := make([]value, npos)
		for i, a := range args[:npos] {
			it, err := objects.Iter(c, a)
			if err != nil {
				return value{}, err
			}
			its[i] = it
		}
		return newZip(its, strict), nil
	})
	set("map", func(c ctx, args []value, kw []string) (value, error) {
		if err := noKw("map", kw); err != nil {
			return value{}, err
		}
		if len(args) < 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "map() must have at least two arguments.")
		}
		its := make([]value, len(args)-1)
		for i, a := range args[1:] {
			it, err := objects.Iter(c, a)
			if err != nil {
				return value{}, err
			}
			its[i] = it
		}
		return newMap(args[0], its), nil
	})
	set("filter", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("filter", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		it, err := objects.Iter(c, args[1])
		if err != nil {
			return value{}, err
		}
		return newFilter(args[0], it), nil
	})
	set("reversed", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("reversed", args, kw, 1, 1); err != nil {
			return value{}, err
		}
		if r := objects.AsRange(args[0]); r != nil {
			return r.Reversed(), nil
		}
		if objects.AsDeque(args[0]) != nil {
			f, _ := args[0].Type().LookupString("__reversed__")
			return c.Call(f, []value{args[0]}, nil)
		}
		if f, ok := args[0].Type().LookupString("__reversed__"); ok && objects.AsBuiltin(f) == nil {
			return c.Call(f, []value{args[0]}, nil)
		}
		seq := args[0]
		if pd := objects.MappingProxyTarget(seq); pd != nil {
			seq = pd.Value()
		}
		var rev []value
		if d := objects.AsDict(seq); d != nil {
			keys := d.Keys()
			for i := len(keys) - 1; i >= 0; i-- {
				rev = append(rev, keys[i])
			}
		} else if dv := asDictView(seq); dv != nil {
			items := dv.items()
			for i := len(items) - 1; i >= 0; i-- {
				rev = append(rev, items[i])
			}
		} else {
			t := seq.Type()
			if t.GetItem == nil || t.Len == nil || objects.AsSet(seq) != nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object is not reversible", t.Name)
			}
			n, err := objects.Len(c, seq)
			if err != nil {
				return value{}, err
			}
			for i := n - 1; i >= 0; i-- {
				x, err := objects.GetItem(c, seq, objects.Int(int64(i)))
				if err != nil {
					return value{}, err
				}
				rev = append(rev, x)
			}
		}
		return objects.Iter(c, objects.NewList(rev).Value())
	})
	_ = math.Inf
	installStackless(in)
}

func round(c ctx, x, nd value) (value, error) {
	if objects.IsInt(x) {
		if nd.IsNil() || nd.IsNone() {
			return objects.BigValue(objects.ToBig(x)), nil
		}
		n, err := objects.IndexOf(c, nd)
		if err != nil {
			return value{}, err
		}
		return objects.BigValue(pyfmt.RoundInt(objects.ToBig(x), int(n))), nil
	}
	if x.Type().Layout == objects.FloatType {
		f, _, _ := objects.ToFloat(x)
		if nd.IsNil() || nd.IsNone() {
			b, err := pyfmt.RoundToInt(f)
			if err != nil {
				if math.IsNaN(f) {
					return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert float NaN to integer")
				}
				return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert float infinity to integer")
			}
			return objects.BigValue(b), nil
		}
		n, err := objects.IndexOf(c, nd)
		if err != nil {
			return value{}, err
		}
		r, err := pyfmt.Round(f, int(n))
		if err != nil {
			return value{}, objects.Errorf(objects.OverflowErrorType, "%s", err.Error())
		}
		return objects.Float(r), nil
	}
	if f, ok := x.Type().LookupString("__round__"); ok {
		args := []value{x}
		if !nd.IsNil() {
			args = append(args, nd)
		}
		return c.Call(f, args, nil)
	}
	return value{}, objects.Errorf(objects.TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
}

func execEval(c ctx, in *vm.Interp, args []value, kw []string, mode compile.Mode, name string) (value, error) {
	a, err := parseArgs(name, args, kw, 1, "source", "globals", "locals")
	if err != nil {
		return value{}, err
	}
	t := c.(*vm.Thread)
	var code *objects.Code
	source := a[0]
	if b, ok := objects.BytesLike(source); ok {
		// Source given as bytes is UTF-8 (PEP 3120's default).
		source = objects.StrValue(string(b))
	}
	if co := objects.AsCode(source); co != nil {
		code = co
	} else if s := objects.AsStr(source); s != nil {
		src := s.S
		if mode == compile.Eval {
			src = strings.TrimLeft(src, " \t")
		}
		var warnings []compile.Warning
		code, warnings, err = compile.CompileWarnings(src, "<string>", mode)
		if err != nil {
			return value{}, in.SyntaxErrorValue(err)
		}
		if err := t.ReportCompileWarnings("<string>", warnings); err != nil {
			return value{}, err
		}
	} else {
		return value{}, objects.Errorf(objects.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", name)
	}
	globals := t.Globals()
	var locals *objects.Dict
	if !a[1].IsNil() && !a[1].IsNone() {
		globals = objects.AsDict(a[1])
		if globals == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "%s() globals must be a dict, not %s", name, a[1].Type().Name)
		}
		locals = globals
	} else if l := objects.AsDict(t.Locals()); l != nil {
		locals = l
	}
	if !a[2].IsNil() && !a[2].IsNone() {
		locals = objects.AsDict(a[2])
	}
	if locals == nil {
		locals = globals
	}
	if _, ok := globals.GetStr(objects.Interned("__builtins__")); !ok {
		globals.SetStr(objects.Interned("__builtins__"), in.Builtins.Value())
	}
	r, err := t.RunCode(code, globals, locals)
	if err != nil {
		return value{}, err
	}
	if mode == compile.Exec {
		return objects.None, nil
	}
	return r, nil
}
