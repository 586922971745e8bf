package jsonmod

import (
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// NewModule builds _json, the primitives interp/lib/json.py calls:
//
//	encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys,
//	       ensure_ascii, allow_nan, check_circular, default) -> str
//	decode(s, idx, object_hook, object_pairs_hook, parse_float,
//	       parse_int, parse_constant, strict)
//	    -> (obj, end) | (None, message, position)
//	encode_basestring(s), encode_basestring_ascii(s) -> str
//
// Hooks and default are None or callables; indent is None or a str.
// Positions are character indices. A malformed document comes back as a
// value, not an exception, because json.JSONDecodeError is a Python class.
func NewModule() *objects.Module {
	m := objects.NewModule("_json")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_json"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("encode", encodeFn)
	def("decode", decodeFn)
	def("encode_basestring", quoteFn(false))
	def("encode_basestring_ascii", quoteFn(true))
	return m
}

func truth(c objects.Ctx, v value) (bool, error) { return objects.Truth(c, v) }

func optional(v value) value {
	if v.IsNone() {
		return value{}
	}
	return v
}

func strArg(v value, what string) (string, error) {
	s := objects.AsStr(v)
	if s == nil {
		return "", typeErr("%s must be a str, not %s", what, v.Type().Name)
	}
	return s.S, nil
}

func encodeFn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 10 || len(kw) > 0 {
		return value{}, typeErr("encode() takes 10 positional arguments")
	}
	e := &Encoder{Default: optional(args[9]), MaxDepth: 1000}
	if !args[1].IsNone() {
		ind, err := strArg(args[1], "indent")
		if err != nil {
			return value{}, err
		}
		e.Indent = &ind
	}
	var err error
	if e.ItemSep, err = strArg(args[2], "item separator"); err != nil {
		return value{}, err
	}
	if e.KeySep, err = strArg(args[3], "key separator"); err != nil {
		return value{}, err
	}
	for i, p := range []*bool{&e.SortKeys, &e.SkipKeys, &e.EnsureASCII, &e.AllowNaN, &e.CheckCircular} {
		if *p, err = truth(c, args[4+i]); err != nil {
			return value{}, err
		}
	}
	out, err := e.Encode(c, args[0])
	if err != nil {
		return value{}, err
	}
	return objects.StrValue(out), nil
}

func decodeFn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 8 || len(kw) > 0 {
		return value{}, typeErr("decode() takes 8 positional arguments")
	}
	s, err := strArg(args[0], "the JSON document")
	if err != nil {
		return value{}, err
	}
	idx, ok := objects.AsInt64(args[1])
	if !ok || idx < 0 {
		return value{}, objects.Errorf(objects.ValueErrorType, "idx cannot be negative")
	}
	d := &Decoder{
		ObjectHook:    optional(args[2]),
		ObjectPairs:   optional(args[3]),
		ParseFloat:    optional(args[4]),
		ParseInt:      optional(args[5]),
		ParseConstant: optional(args[6]),
		MaxDepth:      1000,
	}
	if d.Strict, err = truth(c, args[7]); err != nil {
		return value{}, err
	}
	v, end, err := d.Decode(c, s, ByteOffset(s, int(idx)))
	if err != nil {
		if se, ok := err.(*SyntaxError); ok {
			return objects.NewTuple([]value{objects.None, objects.StrValue(se.Msg), objects.Int(int64(CharIndex(s, se.Off)))}).Value(), nil
		}
		return value{}, err
	}
	return objects.NewTuple([]value{v, objects.Int(int64(CharIndex(s, end)))}).Value(), nil
}

func quoteFn(ensureASCII bool) objects.BuiltinFn {
	return func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, typeErr("encode_basestring() takes exactly one argument")
		}
		s, err := strArg(args[0], "first argument")
		if err != nil {
			return value{}, typeErr("first argument must be a string, not %s", args[0].Type().Name)
		}
		var b strings.Builder
		WriteString(&b, s, ensureASCII)
		return objects.StrValue(b.String()), nil
	}
}
