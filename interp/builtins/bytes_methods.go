package builtins

import (
	"bytes"

	"github.com/weftrun/weft/interp/objects"
)

// installBytes registers bytes, bytearray and complex: their constructors
// and methods.
func installBytes() {
	installBytesConstructors()
	for _, T := range []*objects.Type{objects.BytesType, objects.ByteArrayType} {
		installBytesMethods(T)
		installSequenceDunders(T)
	}
	installByteArrayMethods()
	installComplex()
	installIntBytes()
}

// installSequenceDunders exposes T's container slots as the dunder
// methods Python code can call directly (ba.__setitem__(i, x)), the way
// CPython's slot wrappers do.
func installSequenceDunders(T *objects.Type) {
	T.SetMethod("__len__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__len__", args[1:], kw, 0, 0); err != nil {
			return value{}, err
		}
		n, err := objects.Len(c, args[0])
		return objects.Int(int64(n)), err
	})
	T.SetMethod("__getitem__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__getitem__", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		return objects.GetItem(c, args[0], args[1])
	})
	T.SetMethod("__contains__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__contains__", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		ok, err := objects.Contains(c, args[0], args[1])
		return objects.Bool(ok), err
	})
	T.SetMethod("__iter__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__iter__", args[1:], kw, 0, 0); err != nil {
			return value{}, err
		}
		return objects.Iter(c, args[0])
	})
	if T.SetItem == nil {
		return
	}
	T.SetMethod("__setitem__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__setitem__", args[1:], kw, 2, 2); err != nil {
			return value{}, err
		}
		return objects.None, objects.SetItem(c, args[0], args[1], args[2])
	})
	T.SetMethod("__delitem__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__delitem__", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		return objects.None, objects.SetItem(c, args[0], args[1], value{})
	})
}

// bytesSource is the bytes(x[, encoding[, errors]]) argument rule shared
// by the bytes and bytearray constructors.
func bytesSource(c ctx, name string, args []value, kw []string) ([]byte, error) {
	a, err := parseArgs(name, args, kw, 0, "source", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	src, enc, errs := a[0], a[1], a[2]
	if src.IsNil() {
		if !enc.IsNil() || !errs.IsNil() {
			return nil, objects.Errorf(objects.TypeErrorType, "encoding or errors without sequence argument")
		}
		return []byte{}, nil
	}
	if s := objects.AsStr(src); s != nil {
		if enc.IsNil() {
			return nil, objects.Errorf(objects.TypeErrorType, "string argument without an encoding")
		}
		return encodeStr(name, s.S, enc, errs)
	}
	if !enc.IsNil() {
		return nil, objects.Errorf(objects.TypeErrorType, "encoding without a string argument")
	}
	if !errs.IsNil() {
		return nil, objects.Errorf(objects.TypeErrorType, "errors without a string argument")
	}
	if objects.IsInt(src) || (src.Type().Index != nil && src.Type().Iter == nil) {
		n, err := objects.IndexOf(c, src)
		if err != nil {
			return nil, objects.Errorf(objects.OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "negative count")
		}
		return make([]byte, n), nil
	}
	if f, ok := src.Type().LookupString("__bytes__"); ok && objects.AsBytes(src) == nil {
		r, err := c.Call(f, []value{src}, nil)
		if err != nil {
			return nil, err
		}
		b := objects.AsBytes(r)
		if b == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
		}
		return b.B, nil
	}
	if src.Type().Iter == nil && src.Type().GetItem == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "cannot convert '%s' object to %s", src.Type().Name, name)
	}
	return objects.BytesFromIterable(c, src)
}

func installBytesConstructors() {
	objects.BytesType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		if t == objects.BytesType && len(args) == 1 && len(kw) == 0 && args[0].Type() == objects.BytesType {
			return args[0], nil
		}
		b, err := bytesSource(c, "bytes", args, kw)
		if err != nil {
			return value{}, err
		}
		return ofType(objects.BytesValue(b), t), nil
	}
	objects.ByteArrayType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		b, err := bytesSource(c, "bytearray", args, kw)
		if err != nil {
			return value{}, err
		}
		return ofType(objects.ByteArrayValue(append([]byte(nil), b...)), t), nil
	}
	objects.ComplexType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		v, err := complexNew(c, t, args, kw)
		if err != nil || t == objects.ComplexType {
			return v, err
		}
		// A fresh object: complex(z) may have returned z itself.
		z, _ := objects.AsComplex(v)
		return ofType(objects.ComplexValue(z), t), nil
	}
}

// ofType retags a freshly made built-in object as an instance of t, a
// subclass sharing its layout (class B(bytes)). Such instances carry no
// attribute dictionary yet.
func ofType(v value, t *objects.Type) value {
	if t != v.Type() {
		objects.SetHeaderType(v.HeaderPtr(), t)
	}
	return v
}

// setClassMethod stores fn on t as a classmethod (bytes.fromhex).
func setClassMethod(t *objects.Type, name string, fn objects.BuiltinFn) {
	t.SetAttrValue(name, classMethod(objects.NewBuiltin(name, fn, nil)))
}

// setStaticMethod stores fn on t as a staticmethod (bytes.maketrans).
func setStaticMethod(t *objects.Type, name string, fn objects.BuiltinFn) {
	t.SetAttrValue(name, staticMethod(objects.NewBuiltin(name, fn, nil)))
}

// methodArity checks a bytes or bytearray method's argument count with
// the message CPython's calling convention for it produces: METH_NOARGS
// and METH_O methods name the type ("bytes.upper() takes no arguments"),
// PyArg_ParseTuple ones (find, count, startswith...) say "takes at least",
// and Argument Clinic ones say "expected at least".
func methodArity(tname, name string, args []value, kw []string, lo, hi int) error {
	n := len(args)
	switch {
	case lo == 0 && hi == 0:
		if n > 0 || len(kw) > 0 {
			return objects.Errorf(objects.TypeErrorType, "%s.%s() takes no arguments (%d given)", tname, name, n)
		}
		return nil
	case lo == 1 && hi == 1:
		if len(kw) > 0 { // the name is built only for the error
			if err := noKw(tname+"."+name, kw); err != nil {
				return err
			}
		}
		if n != 1 {
			return objects.Errorf(objects.TypeErrorType, "%s.%s() takes exactly one argument (%d given)", tname, name, n)
		}
		return nil
	case name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count" || name == "startswith" || name == "endswith":
		if err := noKw(name, kw); err != nil {
			return err
		}
		if n < lo {
			return objects.Errorf(objects.TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, lo, plural(lo), n)
		}
		if n > hi {
			return objects.Errorf(objects.TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, hi, plural(hi), n)
		}
		return nil
	}
	return nargs(name, args, kw, lo, hi)
}

func installBytesMethods(T *objects.Type) {
	m := func(name string, lo, hi int, fn func(c ctx, recv value, p []byte, args []value) (value, error)) {
		T.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity(T.Name, name, args[1:], kw, lo, hi); err != nil {
				return value{}, err
			}
			return fn(c, args[0], bytesSelf(args[0]), args[1:])
		})
	}
	T.SetMethod("decode", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("decode", args[1:], kw, 0, "encoding", "errors")
		if err != nil {
			return value{}, err
		}
		s, err := decodeBytes("decode", bytesSelf(args[0]), a[0], a[1])
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(s), nil
	})
	T.SetMethod("hex", func(c ctx, args []value, kw []string) (value, error) {
		a, err := parseArgs("hex", args[1:], kw, 0, "sep", "bytes_per_sep")
		if err != nil {
			return value{}, err
		}
		sep := ""
		if !a[0].IsNil() {
			if s := objects.AsStr(a[0]); s != nil {
				sep = s.S
			} else if b, ok := objects.BytesLike(a[0]); ok {
				sep = string(b)
			} else {
				// CPython measures sep before checking its type.
				return value{}, objects.Errorf(objects.TypeErrorType, "object of type '%s' has no len()", a[0].Type().Name)
			}
			if len(sep) != 1 {
				return value{}, objects.Errorf(objects.ValueErrorType, "sep must be length 1.")
			}
		}
		per, err := optIndex(c, a[1], 1)
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(hexBytes(bytesSelf(args[0]), sep, per)), nil
	})
	setClassMethod(T, "fromhex", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("fromhex", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		s := objects.AsStr(args[1])
		if s == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "fromhex() argument must be str, not %s", args[1].Type().Name)
		}
		b, err := fromHex(s.S)
		if err != nil {
			return value{}, err
		}
		if objects.AsType(args[0]) == objects.ByteArrayType {
			return objects.ByteArrayValue(b), nil
		}
		return objects.BytesValue(b), nil
	})
	setStaticMethod(T, "maketrans", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("maketrans", args, kw, 2, 2); err != nil {
			return value{}, err
		}
		from, err := bytesArg(args[0])
		if err != nil {
			return value{}, err
		}
		to, err := bytesArg(args[1])
		if err != nil {
			return value{}, err
		}
		if len(from) != len(to) {
			return value{}, objects.Errorf(objects.ValueErrorType, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, f := range from {
			table[f] = to[i]
		}
		return objects.BytesValue(table), nil
	})
	m("translate", 1, 2, func(c ctx, recv value, p []byte, args []value) (value, error) {
		var table []byte
		if !args[0].IsNone() {
			var err error
			if table, err = bytesArg(args[0]); err != nil {
				return value{}, err
			}
			if len(table) != 256 {
				return value{}, objects.Errorf(objects.ValueErrorType, "translation table must be 256 characters long")
			}
		}
		var del []byte
		if len(args) == 2 {
			var err error
			if del, err = bytesArg(args[1]); err != nil {
				return value{}, err
			}
		}
		out := make([]byte, 0, len(p))
		for _, ch := range p {
			if bytes.IndexByte(del, ch) >= 0 {
				continue
			}
			if table != nil {
				ch = table[ch]
			}
			out = append(out, ch)
		}
		return sameKind(recv, out), nil
	})
	T.SetMethod("join", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity(T.Name, "join", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		items, err := objects.ToSlice(c, args[1])
		if err != nil {
			return value{}, err
		}
		sep := bytesSelf(args[0])
		var out []byte
		for i, it := range items {
			b, ok := objects.BytesLike(it)
			if !ok {
				return value{}, objects.Errorf(objects.TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, b...)
		}
		if out == nil {
			out = []byte{}
		}
		return sameKind(args[0], out), nil
	})
	split := func(name string, right bool) {
		T.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			a, err := parseArgs(name, args[1:], kw, 0, "sep", "maxsplit")
			if err != nil {
				return value{}, err
			}
			max, err := optIndex(c, a[1], -1)
			if err != nil {
				return value{}, err
			}
			p := bytesSelf(args[0])
			if a[0].IsNil() || a[0].IsNone() {
				if right {
					return bytesList(args[0], rsplitWhite(p, max)), nil
				}
				return bytesList(args[0], splitWhite(p, max)), nil
			}
			sep, err := bytesArg(a[0])
			if err != nil {
				return value{}, err
			}
			if len(sep) == 0 {
				return value{}, objects.Errorf(objects.ValueErrorType, "empty separator")
			}
			if right {
				return bytesList(args[0], rsplitSep(p, sep, max)), nil
			}
			n := -1
			if max >= 0 {
				n = max + 1
			}
			return bytesList(args[0], bytes.SplitN(p, sep, n)), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	m("splitlines", 0, 1, func(c ctx, recv value, p []byte, args []value) (value, error) {
		keep := false
		if len(args) == 1 {
			keep, _ = objects.Truth(c, args[0])
		}
		return bytesList(recv, splitLinesBytes(p, keep)), nil
	})
	strip := func(name string, left, right bool) {
		m(name, 0, 1, func(c ctx, recv value, p []byte, args []value) (value, error) {
			chars := []byte(asciiSpace)
			if len(args) == 1 && !args[0].IsNone() {
				var err error
				if chars, err = bytesArg(args[0]); err != nil {
					return value{}, err
				}
			}
			i, j := 0, len(p)
			for left && i < j && bytes.IndexByte(chars, p[i]) >= 0 {
				i++
			}
			for right && j > i && bytes.IndexByte(chars, p[j-1]) >= 0 {
				j--
			}
			return sameKind(recv, append([]byte(nil), p[i:j]...)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	conv := func(name string, f func([]byte) []byte) {
		m(name, 0, 0, func(c ctx, recv value, p []byte, args []value) (value, error) { return sameKind(recv, f(p)), nil })
	}
	conv("upper", func(p []byte) []byte { return mapBytes(p, func(_ int, c byte) byte { return upperByte(c) }) })
	conv("lower", func(p []byte) []byte { return mapBytes(p, func(_ int, c byte) byte { return lowerByte(c) }) })
	conv("swapcase", func(p []byte) []byte { return mapBytes(p, func(_ int, c byte) byte { return swapCaseByte(c) }) })
	conv("title", titleBytes)
	conv("capitalize", capitalizeBytes)
	pred := func(name string, f func([]byte) bool) {
		m(name, 0, 0, func(c ctx, recv value, p []byte, args []value) (value, error) { return objects.Bool(f(p)), nil })
	}
	pred("isdigit", func(p []byte) bool { return allBytes(p, isDigitByte) })
	pred("isalpha", func(p []byte) bool { return allBytes(p, isAlphaByte) })
	pred("isalnum", func(p []byte) bool {
		return allBytes(p, func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) })
	})
	pred("isspace", func(p []byte) bool { return allBytes(p, isSpaceByte) })
	pred("isupper", func(p []byte) bool { return caseCheck(p, isUpperByte, isLowerByte) })
	pred("islower", func(p []byte) bool { return caseCheck(p, isLowerByte, isUpperByte) })
	pred("istitle", isTitleBytes)
	pred("isascii", func(p []byte) bool {
		for _, c := range p {
			if c >= 0x80 {
				return false
			}
		}
		return true
	})
	find := func(name string, last, raise bool) {
		m(name, 1, 3, func(c ctx, recv value, p []byte, args []value) (value, error) {
			sub, err := subArg(c, args[0])
			if err != nil {
				return value{}, err
			}
			start, end, ok, err := clampRange(c, len(p), args[1:])
			if err != nil {
				return value{}, err
			}
			i := -1
			if ok {
				if last {
					i = bytes.LastIndex(p[start:end], sub)
				} else {
					i = bytes.Index(p[start:end], sub)
				}
				if i >= 0 {
					i += start
				}
			}
			if i < 0 && raise {
				return value{}, objects.Errorf(objects.ValueErrorType, "subsection not found")
			}
			return objects.Int(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", 1, 3, func(c ctx, recv value, p []byte, args []value) (value, error) {
		sub, err := subArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		start, end, ok, err := clampRange(c, len(p), args[1:])
		if err != nil || !ok {
			return objects.Int(0), err
		}
		if len(sub) == 0 {
			return objects.Int(int64(end - start + 1)), nil
		}
		return objects.Int(int64(bytes.Count(p[start:end], sub))), nil
	})
	affix := func(name string, suffix bool) {
		m(name, 1, 3, func(c ctx, recv value, p []byte, args []value) (value, error) {
			start, end, ok, err := clampRange(c, len(p), args[1:])
			if err != nil {
				return value{}, err
			}
			test := func(x []byte) bool {
				if !ok || end-start < len(x) {
					return false
				}
				if suffix {
					return bytes.HasSuffix(p[start:end], x)
				}
				return bytes.HasPrefix(p[start:end], x)
			}
			if tu := objects.AsTuple(args[0]); tu != nil {
				for _, it := range tu.Items {
					x, err := bytesArg(it)
					if err != nil {
						return value{}, err
					}
					if test(x) {
						return objects.True, nil
					}
				}
				return objects.False, nil
			}
			x, ok2 := objects.BytesLike(args[0])
			if !ok2 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, args[0].Type().Name)
			}
			return objects.Bool(test(x)), nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	m("replace", 2, 3, func(c ctx, recv value, p []byte, args []value) (value, error) {
		old, err := bytesArg(args[0])
		if err != nil {
			return value{}, err
		}
		nw, err := bytesArg(args[1])
		if err != nil {
			return value{}, err
		}
		n := -1
		if len(args) == 3 {
			if n, err = optIndex(c, args[2], -1); err != nil {
				return value{}, err
			}
		}
		return sameKind(recv, replaceBytes(p, old, nw, n)), nil
	})
	part := func(name string, last bool) {
		m(name, 1, 1, func(c ctx, recv value, p []byte, args []value) (value, error) {
			sep, err := bytesArg(args[0])
			if err != nil {
				return value{}, err
			}
			if len(sep) == 0 {
				return value{}, objects.Errorf(objects.ValueErrorType, "empty separator")
			}
			var i int
			if last {
				i = bytes.LastIndex(p, sep)
			} else {
				i = bytes.Index(p, sep)
			}
			mk := func(b []byte) value { return sameKind(recv, append([]byte(nil), b...)) }
			var parts []value
			switch {
			case i >= 0:
				parts = []value{mk(p[:i]), mk(sep), mk(p[i+len(sep):])}
			case last:
				parts = []value{mk(nil), mk(nil), mk(p)}
			default:
				parts = []value{mk(p), mk(nil), mk(nil)}
			}
			return objects.NewTuple(parts).Value(), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		m(name, 1, 2, func(c ctx, recv value, p []byte, args []value) (value, error) {
			w, err := objects.IndexOf(c, args[0])
			if err != nil {
				return value{}, err
			}
			fill := byte(' ')
			if len(args) == 2 {
				f, ok := objects.BytesLike(args[1])
				if !ok || len(f) != 1 {
					what := args[1].Type().Name
					if ok {
						what = "bytes of length " + itoa(len(f))
					}
					return value{}, objects.Errorf(objects.TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, what)
				}
				fill = f[0]
			}
			return sameKind(recv, padBytes(name, p, int(w), fill)), nil
		})
	}
	m("zfill", 1, 1, func(c ctx, recv value, p []byte, args []value) (value, error) {
		w, err := objects.IndexOf(c, args[0])
		if err != nil {
			return value{}, err
		}
		return sameKind(recv, zfillBytes(p, int(w))), nil
	})
	m("expandtabs", 0, 1, func(c ctx, recv value, p []byte, args []value) (value, error) {
		size := 8
		if len(args) == 1 {
			n, err := objects.IndexOf(c, args[0])
			if err != nil {
				return value{}, err
			}
			size = int(n)
		}
		return sameKind(recv, expandTabsBytes(p, size)), nil
	})
	affixRemove := func(name string, suffix bool) {
		m(name, 1, 1, func(c ctx, recv value, p []byte, args []value) (value, error) {
			x, err := bytesArg(args[0])
			if err != nil {
				return value{}, err
			}
			r := p
			if suffix && bytes.HasSuffix(p, x) {
				r = p[:len(p)-len(x)]
			} else if !suffix && bytes.HasPrefix(p, x) {
				r = p[len(x):]
			}
			return sameKind(recv, append([]byte(nil), r...)), nil
		})
	}
	affixRemove("removeprefix", false)
	affixRemove("removesuffix", true)
	T.SetMethod("__getnewargs__", func(c ctx, args []value, kw []string) (value, error) {
		return objects.NewTuple([]value{objects.BytesValue(append([]byte(nil), bytesSelf(args[0])...))}).Value(), nil
	})
}

func itoa(n int) string {
	r, _ := objects.Repr(nil, objects.Int(int64(n)))
	return r
}

func installByteArrayMethods() {
	T := objects.ByteArrayType
	arr := func(v value) *objects.ByteArray { return objects.AsByteArray(v) }
	m := func(name string, lo, hi int, fn func(c ctx, a *objects.ByteArray, args []value) (value, error)) {
		T.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity(T.Name, name, args[1:], kw, lo, hi); err != nil {
				return value{}, err
			}
			return fn(c, arr(args[0]), args[1:])
		})
	}
	byteArg := func(c ctx, v value) (byte, error) {
		if !objects.IsInt(v) && v.Type().Index == nil {
			return 0, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		n, err := objects.IndexOf(c, v)
		if err != nil || n < 0 || n > 255 {
			return 0, objects.Errorf(objects.ValueErrorType, "byte must be in range(0, 256)")
		}
		return byte(n), nil
	}
	m("append", 1, 1, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		b, err := byteArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		return objects.None, a.Mutate(func(p []byte) ([]byte, error) { return append(p, b), nil })
	})
	m("extend", 1, 1, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		if objects.AsStr(args[0]) != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "expected iterable of integers; got: 'str'")
		}
		if t := args[0].Type(); t.Iter == nil && t.GetItem == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "can't extend bytearray with %s", t.Name)
		}
		q, err := objects.BytesFromIterable(c, args[0])
		if err != nil {
			return value{}, err
		}
		return objects.None, a.Mutate(func(p []byte) ([]byte, error) { return append(p, q...), nil })
	})
	m("insert", 2, 2, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		i, err := objects.IndexOf(c, args[0])
		if err != nil {
			return value{}, err
		}
		b, err := byteArg(c, args[1])
		if err != nil {
			return value{}, err
		}
		return objects.None, a.Mutate(func(p []byte) ([]byte, error) {
			n := int64(len(p))
			j := i
			if j < 0 {
				j = max(j+n, 0)
			}
			j = min(j, n)
			p = append(p, 0)
			copy(p[j+1:], p[j:])
			p[j] = b
			return p, nil
		})
	})
	m("pop", 0, 1, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		i := int64(-1)
		if len(args) == 1 {
			var err error
			if i, err = objects.IndexOf(c, args[0]); err != nil {
				return value{}, err
			}
		}
		var got byte
		err := a.Mutate(func(p []byte) ([]byte, error) {
			if len(p) == 0 {
				return nil, objects.Errorf(objects.IndexErrorType, "pop from empty bytearray")
			}
			j := i
			if j < 0 {
				j += int64(len(p))
			}
			if j < 0 || j >= int64(len(p)) {
				return nil, objects.Errorf(objects.IndexErrorType, "pop index out of range")
			}
			got = p[j]
			return append(p[:j], p[j+1:]...), nil
		})
		if err != nil {
			return value{}, err
		}
		return objects.Int(int64(got)), nil
	})
	m("remove", 1, 1, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		b, err := byteArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		return objects.None, a.Mutate(func(p []byte) ([]byte, error) {
			j := bytes.IndexByte(p, b)
			if j < 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "value not found in bytearray")
			}
			return append(p[:j], p[j+1:]...), nil
		})
	})
	m("clear", 0, 0, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		return objects.None, a.Mutate(func(p []byte) ([]byte, error) { return p[:0], nil })
	})
	m("reverse", 0, 0, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		return objects.None, a.Mutate(func(p []byte) ([]byte, error) {
			for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
				p[i], p[j] = p[j], p[i]
			}
			return p, nil
		})
	})
	m("copy", 0, 0, func(c ctx, a *objects.ByteArray, args []value) (value, error) {
		return objects.ByteArrayValue(a.Snapshot()), nil
	})
}
