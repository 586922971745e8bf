package builtins

import (
	"math"
	"sort"
	"strings"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pystr"
)

func self[T any](v value) *T { return (*T)(v.Ptr()) }

func strArg(fname string, v value) (string, error) {
	s := objects.AsStr(v)
	if s == nil {
		return "", objects.Errorf(objects.TypeErrorType, "%s() argument must be str, not %s", fname, v.Type().Name)
	}
	return s.S, nil
}

// optIndex reads an optional start/end argument (None allowed).
func optIndex(c ctx, v value, def int) (int, error) {
	if v.IsNil() || v.IsNone() {
		return def, nil
	}
	i, err := objects.IndexOf(c, v)
	return int(i), err
}

func installMethods() {
	S := objects.StrType
	str := func(v value) string { return objects.AsStr(v).S }
	S.SetMethod("join", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("str", "join", args[1:], kw, 1, 1); err != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "str.join() takes exactly one argument (%d given)", len(args)-1)
		}
		items, err := objects.ToSlice(c, args[1])
		if err != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "can only join an iterable")
		}
		r, err := objects.JoinStrings(c, str(args[0]), items)
		return objects.StrValue(r), err
	})
	splitM := func(name string, f func(s, sep string, has bool, max int) ([]string, error)) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			a, err := parseArgs(name, args[1:], kw, 0, "sep", "maxsplit")
			if err != nil {
				return value{}, err
			}
			sep, has := "", false
			if !a[0].IsNil() && !a[0].IsNone() {
				if sep, err = strArg(name, a[0]); err != nil {
					return value{}, objects.Errorf(objects.TypeErrorType, "must be str or None, not %s", a[0].Type().Name)
				}
				has = true
			}
			max, err := optIndex(c, a[1], -1)
			if err != nil {
				return value{}, err
			}
			if s := objects.AsStr(args[0]); name == "split" && !has && max < 0 && s != nil && s.IsASCII() {
				return splitASCIIFields(s.S), nil
			}
			parts, err := f(str(args[0]), sep, has, max)
			if err != nil {
				return value{}, pyErr(err)
			}
			return strList(parts), nil
		})
	}
	splitM("split", pystr.Split)
	splitM("rsplit", pystr.RSplit)
	S.SetMethod("splitlines", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("splitlines", args[1:], kw, 0, "keepends")
		if err != nil {
			return value{}, err
		}
		keep := false
		if !a[0].IsNil() {
			keep, _ = objects.Truth(c, a[0])
		}
		return strList(pystr.SplitLines(str(args[0]), keep)), nil
	})
	strip := func(name string, f func(s, chars string, has bool) string) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 0, 1); err != nil {
				return value{}, err
			}
			chars, has := "", false
			if len(args) == 2 && !args[1].IsNone() {
				var err error
				if chars, err = strArg(name, args[1]); err != nil {
					return value{}, objects.Errorf(objects.TypeErrorType, "%s arg must be None or str", name)
				}
				has = true
			}
			return objects.StrValue(f(str(args[0]), chars, has)), nil
		})
	}
	strip("strip", pystr.Strip)
	strip("lstrip", pystr.LStrip)
	strip("rstrip", pystr.RStrip)
	simple := func(name string, f func(string) string) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 0, 0); err != nil {
				return value{}, err
			}
			return objects.StrValue(f(str(args[0]))), nil
		})
	}
	simple("upper", pystr.Upper)
	simple("lower", pystr.Lower)
	simple("casefold", pystr.Casefold)
	simple("title", pystr.Title)
	simple("capitalize", pystr.Capitalize)
	simple("swapcase", pystr.SwapCase)
	pred := func(name string, f func(string) bool) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 0, 0); err != nil {
				return value{}, err
			}
			return objects.Bool(f(str(args[0]))), nil
		})
	}
	pred("isdigit", pystr.IsDigit)
	pred("isalpha", pystr.IsAlpha)
	pred("isalnum", pystr.IsAlnum)
	pred("isspace", pystr.IsSpace)
	pred("isupper", pystr.IsUpper)
	pred("islower", pystr.IsLower)
	pred("isdecimal", pystr.IsDecimal)
	pred("isnumeric", pystr.IsNumeric)
	pred("isidentifier", pystr.IsIdentifier)
	pred("istitle", pystr.IsTitle)
	pred("isascii", pystr.IsASCII)
	pred("isprintable", pystr.IsPrintable)
	findM := func(name string, f func(s, sub string, start, end int) int, raise bool) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 1, 3); err != nil {
				return value{}, err
			}
			sub, err := strArg(name, args[1])
			if err != nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "must be str, not %s", args[1].Type().Name)
			}
			s := objects.AsStr(args[0])
			var se [2]value
			copy(se[:], args[2:])
			start, err := optIndex(c, se[0], 0)
			if err != nil {
				return value{}, err
			}
			end, err := optIndex(c, se[1], s.Len())
			if err != nil {
				return value{}, err
			}
			i := f(s.S, sub, start, end)
			if i < 0 && raise {
				return value{}, objects.Errorf(objects.ValueErrorType, "substring not found")
			}
			return objects.Int(int64(i)), nil
		})
	}
	findM("find", pystr.Find, false)
	findM("rfind", pystr.RFind, false)
	findM("index", pystr.Find, true)
	findM("rindex", pystr.RFind, true)
	findM("count", pystr.Count, false)
	affix := func(name string, f func(s, p string, start, end int) bool) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 1, 3); err != nil {
				return value{}, err
			}
			s := objects.AsStr(args[0])
			var se [2]value
			copy(se[:], args[2:])
			start, err := optIndex(c, se[0], 0)
			if err != nil {
				return value{}, err
			}
			end, err := optIndex(c, se[1], s.Len())
			if err != nil {
				return value{}, err
			}
			if tu := objects.AsTuple(args[1]); tu != nil {
				for _, x := range tu.Items {
					p, err := strArg(name, x)
					if err != nil {
						return value{}, err
					}
					if f(s.S, p, start, end) {
						return objects.True, nil
					}
				}
				return objects.False, nil
			}
			p := objects.AsStr(args[1])
			if p == nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, args[1].Type().Name)
			}
			return objects.Bool(f(s.S, p.S, start, end)), nil
		})
	}
	affix("startswith", pystr.StartsWith)
	affix("endswith", pystr.EndsWith)
	S.SetMethod("replace", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("str", "replace", args[1:], kw, 2, 3); err != nil {
			return value{}, err
		}
		old, err1 := strArg("replace", args[1])
		nw, err2 := strArg("replace", args[2])
		if err1 != nil || err2 != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "replace() argument must be str")
		}
		n := -1
		if len(args) == 4 {
			i, err := objects.IndexOf(c, args[3])
			if err != nil {
				return value{}, err
			}
			n = int(i)
		}
		return objects.StrValue(pystr.Replace(str(args[0]), old, nw, n)), nil
	})
	just := func(name string, f func(s string, w int, fill rune) string) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 1, 2); err != nil {
				return value{}, err
			}
			w, err := objects.IndexOf(c, args[1])
			if err != nil {
				return value{}, err
			}
			fill := ' '
			if len(args) == 3 {
				fs := objects.AsStr(args[2])
				if fs == nil || fs.Len() != 1 {
					return value{}, objects.Errorf(objects.TypeErrorType, "The fill character must be exactly one character long")
				}
				fill = []rune(fs.S)[0]
			}
			return objects.StrValue(f(str(args[0]), int(w), fill)), nil
		})
	}
	just("center", pystr.Center)
	just("ljust", pystr.LJust)
	just("rjust", pystr.RJust)
	S.SetMethod("zfill", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("str", "zfill", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		w, err := objects.IndexOf(c, args[1])
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(pystr.ZFill(str(args[0]), int(w))), nil
	})
	part := func(name string, f func(s, sep string) ([3]string, error)) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 1, 1); err != nil {
				return value{}, err
			}
			sep, err := strArg(name, args[1])
			if err != nil {
				return value{}, err
			}
			r, err := f(str(args[0]), sep)
			if err != nil {
				return value{}, pyErr(err)
			}
			return objects.NewTuple([]value{objects.StrValue(r[0]), objects.StrValue(r[1]), objects.StrValue(r[2])}).Value(), nil
		})
	}
	part("partition", pystr.Partition)
	part("rpartition", pystr.RPartition)
	S.SetMethod("expandtabs", func(c ctx, args []value, kw []string) (value, error) {
		ts := 8
		if len(args) > 1 {
			i, err := objects.IndexOf(c, args[1])
			if err != nil {
				return value{}, err
			}
			ts = int(i)
		}
		return objects.StrValue(pystr.ExpandTabs(str(args[0]), ts)), nil
	})
	S.SetMethod("format", func(c ctx, args []value, kw []string) (value, error) {
		npos := len(args) - len(kw)
		fa := &formatArgs{c: c, pos: args[1:npos], kwnames: kw, kwvals: args[npos:]}
		r, err := pystr.FormatString(str(args[0]), fa)
		if err != nil {
			return value{}, pyErr(err)
		}
		return objects.StrValue(r), nil
	})
	S.SetMethod("format_map", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("str", "format_map", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		fa := &formatArgs{c: c, mapping: args[1], isMap: true}
		r, err := pystr.FormatString(str(args[0]), fa)
		if err != nil {
			return value{}, pyErr(err)
		}
		return objects.StrValue(r), nil
	})
	S.SetMethod("encode", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("encode", args[1:], kw, 0, "encoding", "errors")
		if err != nil {
			return value{}, err
		}
		b, err := encodeStr("encode", str(args[0]), a[0], a[1])
		if err != nil {
			return value{}, err
		}
		return objects.BytesValue(b), nil
	})
	S.SetMethod("__format__", func(c ctx, args []value, kw []string) (value, error) {
		r, err := objects.Format(c, args[0], str(args[1]))
		return objects.StrValue(r), err
	})
	objects.BaseExceptionType.SetMethod("__init__", func(c ctx, args []value, kw []string) (value, error) {
		if e := objects.AsException(args[0]); e != nil {
			e.Args = objects.NewTuple(append([]value(nil), args[1:len(args)-len(kw)]...))
		}
		return objects.None, nil
	})
	objects.BaseExceptionType.SetMethod("with_traceback", func(c ctx, args []value, kw []string) (value, error) {
		return args[0], nil
	})
	objects.BaseExceptionType.SetMethod("__str__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.StrValue(objects.ExceptionString(objects.AsException(args[0]))), nil
	})
	installListMethods()
	installStrExtras()
	installDictMethods()
	installSetMethods()
	installSetUpdates()
	installDictExtras()
	objectNew := objects.NewBuiltin("__new__", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) == 0 || objects.AsType(args[0]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "object.__new__(X): X is not a type object")
		}
		t := objects.AsType(args[0])
		if t.Layout != objects.ObjectType {
			return value{}, unsafeObjectNew(t)
		}
		return t.New(c, t, nil, nil)
	}, nil)
	sm := &objects.StaticMethod{Func: objectNew.Value()}
	objects.SetHeaderType(&sm.Header, objects.StaticMethodType)
	objects.ObjectType.SetAttrValue("__new__", objects.FromHeader(&sm.Header))
	objects.ObjectType.SetMethod("__init__", func(c ctx, args []value, kw []string) (value, error) { return objects.None, nil })
	objects.ObjectType.SetMethod("__repr__", func(c ctx, args []value, kw []string) (value, error) {
		s, err := objects.Repr(c, args[0])
		return objects.StrValue(s), err
	})
	objects.ObjectType.SetMethod("__str__", func(c ctx, args []value, kw []string) (value, error) {
		// object.__str__ is repr(self), as in CPython: calling str()
		// here would loop back into a subclass's own __str__.
		s, err := objects.Repr(c, args[0])
		return objects.StrValue(s), err
	})
	objects.ObjectType.SetMethod("__eq__", func(c ctx, args []value, kw []string) (value, error) {
		if args[0].Is(args[1]) {
			return objects.True, nil
		}
		return objects.NotImplemented, nil
	})
	objects.ObjectType.SetMethod("__ne__", func(c ctx, args []value, kw []string) (value, error) {
		r, err := objects.Compare(c, args[0], args[1], objects.CmpEq)
		if err != nil || r.IsNotImplemented() {
			return r, err
		}
		b, err := objects.Truth(c, r)
		return objects.Bool(!b), err
	})
	// object.__hash__ is the identity hash whatever the receiver's class
	// says: a class body's `__hash__ = object.__hash__` would otherwise
	// call itself through the class's hash slot forever.
	objects.ObjectType.SetMethod("__hash__", func(c ctx, args []value, kw []string) (value, error) {
		h, err := objects.ObjectType.Hash(c, args[0])
		return objects.Int(h), err
	})
	objects.ObjectType.SetMethod("__setattr__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.None, objects.GenericSetAttr(c, args[0], objects.AsStr(args[1]), args[2])
	})
	objects.ObjectType.SetMethod("__getattribute__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.GenericGetAttr(c, args[0], objects.AsStr(args[1]))
	})
	objects.ObjectType.SetMethod("__delattr__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.None, objects.GenericSetAttr(c, args[0], objects.AsStr(args[1]), value{})
	})
	objects.ObjectType.SetMethod("__format__", func(c ctx, args []value, kw []string) (value, error) {
		if s := objects.AsStr(args[1]); s != nil && s.S != "" {
			return value{}, objects.Errorf(objects.TypeErrorType, "unsupported format string passed to %s.__format__", args[0].Type().Name)
		}
		s, err := objects.ToStr(c, args[0])
		return objects.StrValue(s), err
	})
}

func strList(parts []string) value {
	out := make([]value, len(parts))
	for i, p := range parts {
		out[i] = objects.StrValue(p)
	}
	return objects.NewList(out).Value()
}

// pyErr turns a pystr/pyfmt error into a Python exception: those packages
// return Python exceptions' messages; ours pass through.
func pyErr(err error) error {
	if e, ok := err.(*objects.Exception); ok {
		return e
	}
	if e, ok := objects.FromLibError(err).(*objects.Exception); ok {
		return e
	}
	msg := err.Error()
	t := objects.ValueErrorType
	if strings.Contains(msg, "not supported") || strings.Contains(msg, "must be") {
		t = objects.TypeErrorType
	}
	if strings.HasPrefix(msg, "Replacement index") {
		t = objects.IndexErrorType
	}
	return objects.Errorf(t, "%s", msg)
}

// formatArgs adapts call arguments to pystr.FormatArgs.
type formatArgs struct {
	c       ctx
	pos     []value
	kwnames []string
	kwvals  []value
	mapping value
	isMap   bool
}

func (f *formatArgs) NumPositional() int {
	if f.isMap {
		return -1
	}
	return len(f.pos)
}
func (f *formatArgs) Positional(i int) any { return f.pos[i] }
func (f *formatArgs) Keyword(name string) (any, error) {
	if f.isMap {
		return objects.GetItem(f.c, f.mapping, objects.StrValue(name))
	}
	for i, k := range f.kwnames {
		if k == name {
			return f.kwvals[i], nil
		}
	}
	return nil, objects.NewException(objects.KeyErrorType, objects.StrValue(name))
}
func (f *formatArgs) GetAttr(v any, name string) (any, error) {
	return objects.GetAttr(f.c, v.(value), objects.Interned(name))
}
func (f *formatArgs) GetItem(v any, key any) (any, error) {
	var k value
	switch x := key.(type) {
	case int:
		k = objects.Int(int64(x))
	case string:
		k = objects.StrValue(x)
	}
	return objects.GetItem(f.c, v.(value), k)
}
func (f *formatArgs) Convert(v any, conv rune) (any, error) {
	var s string
	var err error
	switch conv {
	case 'r':
		s, err = objects.Repr(f.c, v.(value))
	case 'a':
		s, err = objects.ASCII(f.c, v.(value))
	default:
		s, err = objects.ToStr(f.c, v.(value))
	}
	return objects.StrValue(s), err
}
func (f *formatArgs) Format(v any, spec string) (string, error) {
	return objects.Format(f.c, v.(value), spec)
}

func installListMethods() {
	L := objects.ListType
	L.SetMethod("append", func(c ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 || len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "list.append() takes exactly one argument (%d given)", len(args)-1)
		}
		objects.AsList(args[0]).Append(args[1])
		return objects.None, nil
	})
	L.SetMethod("extend", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("list", "extend", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		_, err := objects.InPlace(c, args[0], args[1], objects.OpAdd)
		return objects.None, err
	})
	L.SetMethod("pop", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("pop", args[1:], kw, 0, 1); err != nil {
			return value{}, err
		}
		i, last := 0, len(args) == 1
		if !last {
			j, err := objects.IndexOf(c, args[1])
			if err != nil {
				return value{}, err
			}
			if j < math.MinInt32 || j > math.MaxInt32 {
				j = math.MaxInt32 // out of range whatever the length
			}
			i = int(j)
		}
		v, n, ok := objects.AsList(args[0]).Pop(i, last)
		if !ok {
			if n == 0 {
				return value{}, objects.Errorf(objects.IndexErrorType, "pop from empty list")
			}
			return value{}, objects.Errorf(objects.IndexErrorType, "pop index out of range")
		}
		return v, nil
	})
	L.SetMethod("insert", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("insert", args[1:], kw, 2, 2); err != nil {
			return value{}, err
		}
		l := objects.AsList(args[0])
		i, err := objects.IndexOf(c, args[1])
		if err != nil {
			return value{}, err
		}
		if i < 0 {
			// Counted from the end of the list as it is when the insert
			// takes the lock; Insert clamps to 0..len.
			if i += int64(l.Len()); i < 0 {
				i = 0
			}
		}
		l.Insert(int(i), args[2])
		return objects.None, nil
	})
	L.SetMethod("remove", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("list", "remove", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		l := objects.AsList(args[0])
		// The comparisons may run Python code, so they are made without
		// the lock, on elements read one at a time; the removal then
		// checks under the lock that the matching element is still at
		// its index, and searches again when another thread moved it.
		// A scan that finds nothing may have missed an element that a
		// concurrent removal shifted down behind it, so "not in list" is
		// only concluded from a snapshot (one consistent state; a copy
		// made only on this path, which raises anyway).
		at, fromSnapshot := l.At, false
		for {
			moved := false
			for i := 0; ; i++ {
				x, ok := at(i)
				if !ok {
					break
				}
				eq, err := objects.Equal(c, x, args[1])
				if err != nil {
					return value{}, err
				}
				if eq {
					if l.RemoveIf(i, x) {
						return objects.None, nil
					}
					moved = true
					break
				}
			}
			switch {
			case moved:
				at, fromSnapshot = l.At, false
			case fromSnapshot:
				return value{}, objects.Errorf(objects.ValueErrorType, "list.remove(x): x not in list")
			default:
				snap := l.Snapshot()
				at = func(i int) (value, bool) {
					if i < len(snap) {
						return snap[i], true
					}
					return value{}, false
				}
				fromSnapshot = true
			}
		}
	})
	L.SetMethod("index", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("index", args[1:], kw, 1, 3); err != nil {
			return value{}, err
		}
		l := objects.AsList(args[0])
		start, stop, err := seqIndexBounds(c, args[2:], l.Len())
		if err != nil {
			return value{}, err
		}
		if i, err := l.Find(c, args[1], start, stop); err != nil || i >= 0 {
			return objects.Int(int64(i)), err
		}
		r, _ := objects.Repr(c, args[1])
		return value{}, objects.Errorf(objects.ValueErrorType, "%s is not in list", r)
	})
	L.SetMethod("count", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("list", "count", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		n, err := objects.AsList(args[0]).Count(c, args[1])
		return objects.Int(int64(n)), err
	})
	L.SetMethod("reverse", func(c ctx, args []value, kw []string) (value, error) {
		l := objects.AsList(args[0])
		items := l.Snapshot()
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		l.SetItems(items)
		return objects.None, nil
	})
	L.SetMethod("copy", func(c ctx, args []value, kw []string) (value, error) {
		return objects.NewList(objects.AsList(args[0]).Snapshot()).Value(), nil
	})
	L.SetMethod("clear", func(c ctx, args []value, kw []string) (value, error) {
		objects.AsList(args[0]).SetItems(nil)
		return objects.None, nil
	})
	L.SetMethod("sort", func(c ctx, args []value, kw []string) (value, error) {
		return objects.None, listSort(c, objects.AsList(args[0]), args[1:], kw)
	})
}

// listSort is list.sort(*, key=None, reverse=False): a stable merge sort
// (Go's sort.SliceStable) whose comparison errors abort the sort.
func listSort(c ctx, l *objects.List, args []value, kw []string) error {
	if len(args) != len(kw) {
		return objects.Errorf(objects.TypeErrorType, "sort() takes no positional arguments")
	}
	var key value
	reverse := false
	for i, k := range kw {
		switch k {
		case "key":
			key = args[i]
		case "reverse":
			reverse, _ = objects.Truth(c, args[i])
		default:
			return objects.Errorf(objects.TypeErrorType, "'%s' is an invalid keyword argument for sort()", k)
		}
	}
	items := l.Snapshot()
	keys := items
	if !key.IsNil() && !key.IsNone() {
		keys = make([]value, len(items))
		for i, x := range items {
			k, err := c.Call(key, []value{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	return sortKeyed(c, l, items, keys, reverse)
}

// sortKeyed stores items into l sorted stably by keys (keys[i] is the key
// of items[i]).
func sortKeyed(c ctx, l *objects.List, items, keys []value, reverse bool) error {
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var err error
	less := func(a, b value) bool {
		if err != nil {
			return false
		}
		if a.IsSmallInt() && b.IsSmallInt() {
			return a.SmallInt() < b.SmallInt()
		}
		r, e := objects.Compare(c, a, b, objects.CmpLt)
		if e != nil {
			err = e
			return false
		}
		t, e := objects.Truth(c, r)
		if e != nil {
			err = e
		}
		return t
	}
	// reverse=True is CPython's: reverse, sort stably, reverse again, so
	// equal elements keep their original order.
	rev := func() {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	if reverse {
		rev()
	}
	sort.SliceStable(idx, func(i, j int) bool { return less(keys[idx[i]], keys[idx[j]]) })
	if reverse {
		rev()
	}
	if err != nil {
		return err
	}
	out := make([]value, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	l.SetItems(out)
	return nil
}

func installDictMethods() {
	D := objects.DictType
	d := func(v value) *objects.Dict { return objects.AsDict(v) }
	D.SetMethod("get", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("get", args[1:], kw, 1, 2); err != nil {
			return value{}, err
		}
		v, ok, err := d(args[0]).GetItem(c, args[1])
		if err != nil {
			return value{}, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return objects.None, nil
		}
		return v, nil
	})
	view := func(name string, kind int) {
		D.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			return newDictView(d(args[0]), kind), nil
		})
	}
	view("keys", 0)
	view("values", 1)
	view("items", 2)
	D.SetMethod("pop", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("pop", args[1:], kw, 1, 2); err != nil {
			return value{}, err
		}
		v, ok, err := d(args[0]).GetItem(c, args[1])
		if err != nil {
			return value{}, err
		}
		if !ok {
			if len(args) == 3 {
				return args[2], nil
			}
			return value{}, objects.NewException(objects.KeyErrorType, args[1])
		}
		_, err = d(args[0]).DelItem(c, args[1])
		return v, err
	})
	D.SetMethod("popitem", func(c ctx, args []value, kw []string) (value, error) {
		ks, vs := d(args[0]).Items()
		if len(ks) == 0 {
			return value{}, objects.Errorf(objects.KeyErrorType, "popitem(): dictionary is empty")
		}
		n := len(ks) - 1
		_, err := d(args[0]).DelItem(c, ks[n])
		return objects.NewTuple([]value{ks[n], vs[n]}).Value(), err
	})
	D.SetMethod("setdefault", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("setdefault", args[1:], kw, 1, 2); err != nil {
			return value{}, err
		}
		v, ok, err := d(args[0]).GetItem(c, args[1])
		if err != nil || ok {
			return v, err
		}
		def := objects.None
		if len(args) == 3 {
			def = args[2]
		}
		return def, d(args[0]).SetItem(c, args[1], def)
	})
	D.SetMethod("update", func(c ctx, args []value, kw []string) (value, error) {
		npos := len(args) - len(kw)
		if npos > 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "update expected at most 1 argument, got %d", npos-1)
		}
		if npos == 2 {
			if err := dictUpdateFrom(c, d(args[0]), args[1]); err != nil {
				return value{}, err
			}
		}
		for i, k := range kw {
			if err := d(args[0]).SetItem(c, objects.StrValue(k), args[npos+i]); err != nil {
				return value{}, err
			}
		}
		return objects.None, nil
	})
	D.SetMethod("copy", func(c ctx, args []value, kw []string) (value, error) { return d(args[0]).Copy().Value(), nil })
	D.SetMethod("clear", func(c ctx, args []value, kw []string) (value, error) {
		d(args[0]).Clear()
		return objects.None, nil
	})
	fromkeys := objects.NewBuiltin("fromkeys", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("fromkeys", args, kw, 1, 2); err != nil {
			return value{}, err
		}
		keys, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		v := objects.None
		if len(args) == 2 {
			v = args[1]
		}
		nd := objects.NewDict()
		for _, k := range keys {
			if err := nd.SetItem(c, k, v); err != nil {
				return value{}, err
			}
		}
		return nd.Value(), nil
	}, nil)
	D.SetAttrValue("fromkeys", fromkeys.Value())
}

// dictView is dict.keys()/values()/items(): a live view.
type dictView struct {
	objects.Header
	d    *objects.Dict
	kind int
}

var dictViewTypes = [3]*objects.Type{objects.NewNativeType("dict_keys"), objects.NewNativeType("dict_values"), objects.NewNativeType("dict_items")}

func newDictView(d *objects.Dict, kind int) value {
	v := &dictView{d: d, kind: kind}
	objects.SetHeaderType(&v.Header, dictViewTypes[kind])
	return objects.FromHeader(&v.Header)
}

func (v *dictView) items() []value {
	ks, vs := v.d.Items()
	switch v.kind {
	case 0:
		return ks
	case 1:
		return vs
	}
	out := make([]value, len(ks))
	for i := range ks {
		out[i] = objects.NewTuple([]value{ks[i], vs[i]}).Value()
	}
	return out
}

func init() {
	for kind, t := range dictViewTypes {
		kind := kind
		t.Iter = func(c ctx, v value) (value, error) { return objects.NewDictIter(self[dictView](v).d, kind), nil }
		t.Len = func(c ctx, v value) (int, error) { return self[dictView](v).d.Len(), nil }
		name := t.Name
		t.Repr = func(c ctx, v value) (string, error) {
			r, err := objects.Repr(c, objects.NewList(self[dictView](v).items()).Value())
			return name + "(" + r + ")", err
		}
		t.Contains = func(c ctx, v, x value) (bool, error) {
			dv := self[dictView](v)
			if dv.kind == 0 {
				_, ok, err := dv.d.GetItem(c, x)
				return ok, err
			}
			for _, y := range dv.items() {
				if eq, err := objects.Equal(c, x, y); err != nil || eq {
					return eq, err
				}
			}
			return false, nil
		}
		if kind != 1 {
			for _, op := range []objects.BinaryOp{objects.OpAnd, objects.OpOr, objects.OpSub, objects.OpXor} {
				op := op
				t.Binary[op] = func(c ctx, a, b value) (value, error) {
					sa, err := toSet(c, a)
					if err != nil {
						return objects.NotImplemented, nil
					}
					sb, err := toSet(c, b)
					if err != nil {
						return objects.NotImplemented, nil
					}
					return objects.SetOp(c, sa, sb, op, false)
				}
			}
			t.Compare = func(c ctx, a, b value, op objects.CompareOp) (value, error) {
				sa, err := toSet(c, a)
				if err != nil {
					return value{}, err
				}
				sb, err := toSet(c, b)
				if err != nil {
					return objects.NotImplemented, nil
				}
				return objects.Compare(c, sa.Value(), sb.Value(), op)
			}
		}
	}
}

func toSet(c ctx, v value) (*objects.Set, error) {
	if s := objects.AsSet(v); s != nil {
		return s, nil
	}
	items, err := objects.ToSlice(c, v)
	if err != nil {
		return nil, err
	}
	return objects.NewSet(c, items, false)
}

func installSetMethods() {
	for _, T := range []*objects.Type{objects.SetType, objects.FrozenSetType} {
		frozen := T == objects.FrozenSetType
		binop := func(name string, op objects.BinaryOp) {
			T.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
				acc := objects.AsSet(args[0])
				for _, o := range args[1:] {
					s, err := toSet(c, o)
					if err != nil {
						return value{}, err
					}
					r, err := objects.SetOp(c, acc, s, op, frozen)
					if err != nil {
						return value{}, err
					}
					acc = objects.AsSet(r)
				}
				if len(args) == 1 {
					s, _ := objects.NewSet(c, acc.D.Keys(), frozen)
					return s.Value(), nil
				}
				return acc.Value(), nil
			})
		}
		binop("union", objects.OpOr)
		binop("intersection", objects.OpAnd)
		binop("difference", objects.OpSub)
		binop("symmetric_difference", objects.OpXor)
		T.SetMethod("issubset", func(c ctx, args []value, kw []string) (value, error) {
			s, err := toSet(c, args[1])
			if err != nil {
				return value{}, err
			}
			return objects.Compare(c, args[0], s.Value(), objects.CmpLe)
		})
		T.SetMethod("issuperset", func(c ctx, args []value, kw []string) (value, error) {
			s, err := toSet(c, args[1])
			if err != nil {
				return value{}, err
			}
			return objects.Compare(c, args[0], s.Value(), objects.CmpGe)
		})
		T.SetMethod("isdisjoint", func(c ctx, args []value, kw []string) (value, error) {
			s, err := toSet(c, args[1])
			if err != nil {
				return value{}, err
			}
			r, err := objects.SetOp(c, objects.AsSet(args[0]), s, objects.OpAnd, false)
			if err != nil {
				return value{}, err
			}
			return objects.Bool(objects.AsSet(r).D.Len() == 0), nil
		})
		T.SetMethod("copy", func(c ctx, args []value, kw []string) (value, error) {
			s, err := objects.NewSet(c, objects.AsSet(args[0]).D.Keys(), frozen)
			if err != nil {
				return value{}, err
			}
			return s.Value(), nil
		})
	}
	S := objects.SetType
	S.SetMethod("add", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("set", "add", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		return objects.None, objects.AsSet(args[0]).D.SetItem(c, args[1], objects.None)
	})
	S.SetMethod("remove", func(c ctx, args []value, kw []string) (value, error) {
		ok, err := objects.AsSet(args[0]).D.DelItem(c, args[1])
		if err == nil && !ok {
			return value{}, objects.NewException(objects.KeyErrorType, args[1])
		}
		return objects.None, err
	})
	S.SetMethod("discard", func(c ctx, args []value, kw []string) (value, error) {
		_, err := objects.AsSet(args[0]).D.DelItem(c, args[1])
		return objects.None, err
	})
	S.SetMethod("pop", func(c ctx, args []value, kw []string) (value, error) {
		x, ok, err := objects.AsSet(args[0]).PopOrdered(c)
		if err == nil && !ok {
			return value{}, objects.Errorf(objects.KeyErrorType, "pop from an empty set")
		}
		return x, err
	})
	S.SetMethod("clear", func(c ctx, args []value, kw []string) (value, error) {
		objects.AsSet(args[0]).D.Clear()
		return objects.None, nil
	})
	S.SetMethod("update", func(c ctx, args []value, kw []string) (value, error) {
		for _, o := range args[1:] {
			items, err := objects.ToSlice(c, o)
			if err != nil {
				return value{}, err
			}
			for _, x := range items {
				if err := objects.AsSet(args[0]).D.SetItem(c, x, objects.None); err != nil {
					return value{}, err
				}
			}
		}
		return objects.None, nil
	})
}

// seqIndexBounds reads the optional start and stop arguments of
// list.index and tuple.index: like slice bounds, a negative one counts from
// the end and the result is clamped to [0, n].
func seqIndexBounds(c ctx, args []value, n int) (start, stop int, err error) {
	start, stop = 0, n
	bound := func(v value) (int, error) {
		i, err := objects.IndexOf(c, v)
		if err != nil {
			return 0, objects.Errorf(objects.TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		}
		if i > int64(n) {
			i = int64(n)
		}
		return int(i), nil
	}
	if len(args) > 0 {
		if start, err = bound(args[0]); err != nil {
			return
		}
	}
	if len(args) > 1 {
		stop, err = bound(args[1])
	}
	return
}

// unsafeObjectNew is CPython's refusal of object.__new__(t) for a class
// whose instances are not plain objects (int, a float subclass, an
// exception): object's allocator cannot lay them out. The error names the
// first class in t's MRO whose __new__ is a built-in one (t itself when
// it inherits int's or float's), skipping the classes whose __new__ is
// written in Python, as CPython's tp_new_wrapper does.
func unsafeObjectNew(t *objects.Type) error {
	base := t
	for _, b := range t.MRO {
		if !pythonNew(b) {
			base = b
			break
		}
	}
	return objects.Errorf(objects.TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", t.Name, base.Name)
}

// pythonNew reports whether the __new__ that t inherits or defines is
// written in Python.
func pythonNew(t *objects.Type) bool {
	for _, b := range t.MRO {
		if _, ok := b.Dict.GetStr(objects.Interned("__new__")); ok {
			return !b.Builtin
		}
	}
	return false
}
