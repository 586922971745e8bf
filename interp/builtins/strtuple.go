package builtins

import (
	"strings"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pystr"
)

// installStrExtras adds the str methods that build on the lookup protocol
// (translate, maketrans) or that CPython added late (removeprefix,
// removesuffix), and the two methods of tuple.
func installStrExtras() {
	S := objects.StrType
	affixRemover := func(name string, cut func(s, affix string) (string, bool)) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity("str", name, args[1:], kw, 1, 1); err != nil {
				return value{}, err
			}
			a, err := strArg(name, args[1])
			if err != nil {
				return value{}, err
			}
			if r, ok := cut(objects.AsStr(args[0]).S, a); ok {
				return objects.StrValue(r), nil
			}
			// An unchanged exact str is returned as is, as CPython does.
			return args[0], nil
		})
	}
	affixRemover("removeprefix", strings.CutPrefix)
	affixRemover("removesuffix", strings.CutSuffix)

	S.SetMethod("translate", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("str", "translate", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		table := args[1]
		r, err := pystr.Translate(objects.AsStr(args[0]).S, func(r rune) (string, bool, error) {
			return translateLookup(c, table, r)
		})
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(r), nil
	})
	setStaticMethod(S, "maketrans", strMakeTrans)

	T := objects.TupleType
	T.SetMethod("index", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("index", args[1:], kw, 1, 3); err != nil {
			return value{}, err
		}
		items := objects.AsTuple(args[0]).Items
		start, stop, err := seqIndexBounds(c, args[2:], len(items))
		if err != nil {
			return value{}, err
		}
		for i := start; i < stop; i++ {
			eq, err := objects.Equal(c, items[i], args[1])
			if err != nil {
				return value{}, err
			}
			if eq {
				return objects.Int(int64(i)), nil
			}
		}
		return value{}, objects.Errorf(objects.ValueErrorType, "tuple.index(x): x not in tuple")
	})
	T.SetMethod("count", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("tuple", "count", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		return countEqual(c, objects.AsTuple(args[0]).Items, args[1])
	})
}

// countEqual is list.count and tuple.count: how many items equal x
// (identity first, as CPython's comparisons in containers do).
func countEqual(c ctx, items []value, x value) (value, error) {
	n := 0
	for _, item := range items {
		eq, err := objects.Equal(c, item, x)
		if err != nil {
			return value{}, err
		}
		if eq {
			n++
		}
	}
	return objects.Int(int64(n)), nil
}

// translateLookup maps one rune through a str.translate table: table[ord(r)]
// by the mapping protocol, where LookupError keeps r, None deletes it, an
// int is a code point and a str is a replacement.
func translateLookup(c ctx, table value, r rune) (string, bool, error) {
	v, err := objects.GetItem(c, table, objects.Int(int64(r)))
	if err != nil {
		if e, ok := err.(*objects.Exception); ok && e.Matches(objects.LookupErrorType) {
			return "", false, nil
		}
		return "", false, err
	}
	switch {
	case v.IsNone():
		return "", true, nil
	case objects.AsStr(v) != nil:
		return objects.AsStr(v).S, true, nil
	}
	if cp, ok := objects.AsInt64(v); ok && objects.IsInstance(v, objects.IntType) {
		if cp < 0 || cp > 0x10ffff {
			return "", false, objects.Errorf(objects.ValueErrorType, "character mapping must be in range(0x110000)")
		}
		return pystr.FromRune(rune(cp)), true, nil
	}
	return "", false, objects.Errorf(objects.TypeErrorType, "character mapping must return integer, None or str")
}

// strMakeTrans is str.maketrans: one dict argument whose keys are code
// points or one-character strings, or two equal-length strings mapped
// position by position plus an optional string of characters to delete.
func strMakeTrans(c ctx, args []value, kw []string) (value, error) {
	if err := nargs("maketrans", args, kw, 1, 3); err != nil {
		return value{}, err
	}
	out := objects.NewDict()
	if len(args) == 1 {
		d := objects.AsDict(args[0])
		if d == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		keys, vals := d.Items()
		for i, k := range keys {
			key := k
			if s := objects.AsStr(k); s != nil {
				rs := pystr.Runes(s.S)
				if len(rs) != 1 {
					return value{}, objects.Errorf(objects.ValueErrorType, "string keys in translate table must be of length 1")
				}
				key = objects.Int(int64(rs[0]))
			} else if !objects.IsInstance(k, objects.IntType) {
				return value{}, objects.Errorf(objects.TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := out.SetItem(c, key, vals[i]); err != nil {
				return value{}, err
			}
		}
		return out.Value(), nil
	}
	from := objects.AsStr(args[0])
	if from == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "first maketrans argument must be a string if there is a second argument")
	}
	to := objects.AsStr(args[1])
	if to == nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "maketrans() argument 2 must be str, not %s", args[1].Type().Name)
	}
	fr, tr := pystr.Runes(from.S), pystr.Runes(to.S)
	if len(fr) != len(tr) {
		return value{}, objects.Errorf(objects.ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i, r := range fr {
		if err := out.SetItem(c, objects.Int(int64(r)), objects.Int(int64(tr[i]))); err != nil {
			return value{}, err
		}
	}
	if len(args) == 3 {
		del := objects.AsStr(args[2])
		if del == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "maketrans() argument 3 must be str, not %s", args[2].Type().Name)
		}
		for _, r := range pystr.Runes(del.S) {
			if err := out.SetItem(c, objects.Int(int64(r)), objects.None); err != nil {
				return value{}, err
			}
		}
	}
	return out.Value(), nil
}
