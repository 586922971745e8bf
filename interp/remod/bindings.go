package remod

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
)

// NewModule builds _re, the primitives interp/lib/re.py is written on.
// Every function takes a compiled Regex and the subject (str, bytes or
// bytearray) and works in code-point (or byte) indices, as Python does:
//
//	compile(pattern, flags) -> (regex, flags, groups, groupindex)
//	                         | (None, message, position)
//	find(regex, string, pos, endpos, mode) -> None | (s0, e0, s1, e1, ..., lastindex)
//	all(regex, string, pos, endpos, count) -> [span tuples as find's]
//	findall(regex, string, pos, endpos) -> list, as re.findall
//	sub(regex, pieces, string, count) -> (result, n): pieces is the parsed
//	    template, a list of literals (str/bytes) and group numbers (int)
//
// Errors in the pattern come back as values, not exceptions, because the
// exception class (re.error) is defined in Python.
func NewModule() *objects.Module {
	m := objects.NewModule("_re")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_re"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("compile", compileFn)
	def("find", findFn)
	def("all", allFn)
	def("findall", findallFn)
	def("sub", subFn)
	return m
}

func typeErr(format string, a ...any) error {
	return objects.Errorf(objects.TypeErrorType, format, a...)
}

// subject is the text a pattern runs over, as runes, and how to give
// slices of it back to Python.
type subject struct {
	runes   []rune
	isBytes bool
}

// runeCache remembers the rune form of the last long str a pattern ran
// over: loops that search one text repeatedly (pos advancing, several
// patterns over the same text) would otherwise convert it on every call.
// The entry holds the *Str itself, so the pointer comparison cannot be
// fooled by a new string at a recycled address; str is immutable, so the
// runes stay valid. The runes are shared read-only.
var runeCache atomic.Pointer[runeCacheEntry]

type runeCacheEntry struct {
	str   *objects.Str
	runes []rune
}

// minCachedLen is the length from which conversion costs more than the
// cache's atomic load and store.
const minCachedLen = 256

func strRunes(s *objects.Str) []rune {
	if len(s.S) < minCachedLen {
		return []rune(s.S)
	}
	if e := runeCache.Load(); e != nil && e.str == s {
		return e.runes
	}
	r := []rune(s.S)
	runeCache.Store(&runeCacheEntry{str: s, runes: r})
	return r
}

func toSubject(v value) (subject, bool) {
	if s := objects.AsStr(v); s != nil {
		return subject{runes: strRunes(s)}, true
	}
	var b []byte
	if by := objects.AsBytes(v); by != nil {
		b = by.B
	} else if ba := objects.AsByteArray(v); ba != nil {
		b = ba.Snapshot()
	} else {
		return subject{}, false
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return subject{runes: r, isBytes: true}, true
}

func (s subject) slice(i, j int) value {
	if s.isBytes {
		b := make([]byte, j-i)
		for k := range b {
			b[k] = byte(s.runes[i+k])
		}
		return objects.BytesValue(b)
	}
	return objects.StrValue(string(s.runes[i:j]))
}

func (s subject) empty() value {
	if s.isBytes {
		return objects.BytesValue(nil)
	}
	return objects.StrValue("")
}

func intArg(v value) (int, error) {
	n, ok := objects.AsInt64(v)
	if !ok {
		return 0, typeErr("'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return int(n), nil
}

func regexArg(v value) (*Regex, error) {
	if v.IsNil() || v.Type() != RegexType {
		return nil, typeErr("_re: expected a compiled pattern")
	}
	return (*Regex)(v.Ptr()), nil
}

// subjectArgs reads (regex, string, pos, endpos) and clamps pos and endpos
// as Pattern.search does.
func subjectArgs(args []value, fname string) (*Regex, subject, int, int, error) {
	if len(args) < 4 {
		return nil, subject{}, 0, 0, typeErr("%s() needs 4 arguments", fname)
	}
	r, err := regexArg(args[0])
	if err != nil {
		return nil, subject{}, 0, 0, err
	}
	s, ok := toSubject(args[1])
	if !ok {
		return nil, subject{}, 0, 0, typeErr("expected string or bytes-like object, got '%s'", args[1].Type().Name)
	}
	if s.isBytes != r.isBytes {
		if r.isBytes {
			return nil, subject{}, 0, 0, typeErr("cannot use a bytes pattern on a string-like object")
		}
		return nil, subject{}, 0, 0, typeErr("cannot use a string pattern on a bytes-like object")
	}
	pos, err := intArg(args[2])
	if err != nil {
		return nil, subject{}, 0, 0, err
	}
	end, err := intArg(args[3])
	if err != nil {
		return nil, subject{}, 0, 0, err
	}
	n := len(s.runes)
	pos = max(0, min(pos, n))
	end = max(0, min(end, n))
	return r, s, pos, end, nil
}

func compileFn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return value{}, typeErr("compile() takes 2 arguments")
	}
	flags, err := intArg(args[1])
	if err != nil {
		return value{}, err
	}
	var pattern string
	isBytes := false
	if s := objects.AsStr(args[0]); s != nil {
		pattern = s.S
	} else if b := objects.AsBytes(args[0]); b != nil {
		// A bytes pattern is read as Latin-1: one rune per byte.
		var sb strings.Builder
		for _, c := range b.B {
			sb.WriteRune(rune(c))
		}
		pattern, isBytes = sb.String(), true
	} else {
		return value{}, typeErr("first argument must be string or compiled pattern")
	}
	r, err := Compile(pattern, flags, isBytes)
	if err != nil {
		se, ok := err.(*SyntaxError)
		if !ok {
			// Incompatible flags are a ValueError, not re.error.
			return value{}, objects.Errorf(objects.ValueErrorType, "%s", err.Error())
		}
		msg, pos := se.Msg, se.Pos
		p := objects.None
		if pos >= 0 {
			p = objects.Int(int64(pos))
		}
		return objects.NewTuple([]value{objects.None, objects.StrValue(msg), p}).Value(), nil
	}
	gi := objects.NewDict()
	for _, name := range r.tr.nameOrder {
		_ = gi.SetItem(c, objects.StrValue(name), objects.Int(int64(r.tr.names[name])))
	}
	return objects.NewTuple([]value{objects.FromHeader(&r.Header), objects.Int(int64(r.tr.flags)), objects.Int(int64(r.tr.groups)), gi.Value()}).Value(), nil
}

func spanTuple(sp []int, last int) value {
	items := make([]value, len(sp)+1)
	for i, x := range sp {
		items[i] = objects.Int(int64(x))
	}
	items[len(sp)] = objects.Int(int64(last))
	return objects.NewTuple(items).Value()
}

func findFn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 5 {
		return value{}, typeErr("find() takes 5 arguments")
	}
	r, s, pos, end, err := subjectArgs(args, "find")
	if err != nil {
		return value{}, err
	}
	mode, err := intArg(args[4])
	if err != nil {
		return value{}, err
	}
	sp, last, err := r.Find(s.runes, pos, end, Mode(mode), false)
	if err != nil {
		return value{}, objects.Errorf(objects.RuntimeErrorType, "%v", err)
	}
	if sp == nil {
		return objects.None, nil
	}
	return spanTuple(sp, last), nil
}

func allFn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 5 {
		return value{}, typeErr("all() takes 5 arguments")
	}
	r, s, pos, end, err := subjectArgs(args, "all")
	if err != nil {
		return value{}, err
	}
	count, err := intArg(args[4])
	if err != nil {
		return value{}, err
	}
	all, err := r.All(s.runes, pos, end, count)
	if err != nil {
		return value{}, objects.Errorf(objects.RuntimeErrorType, "%v", err)
	}
	out := make([]value, len(all))
	for i, sp := range all {
		out[i] = spanTuple(sp, r.lastIndex(sp))
	}
	return objects.NewList(out).Value(), nil
}

// lastIndex computes Match.lastindex from flattened spans: the group that
// closed last, i.e. the one with the greatest end, preferring an enclosing
// group over the groups inside it (it closes after them) and otherwise the
// later group; -1 when no group took part.
func (r *Regex) lastIndex(sp []int) int {
	last, lastEnd := -1, -1
	for g := 1; g <= r.tr.groups; g++ {
		e := sp[2*g+1]
		if sp[2*g] < 0 {
			continue
		}
		if e >= lastEnd {
			if e == lastEnd && r.encloses(last, g) {
				continue
			}
			last, lastEnd = g, e
		}
	}
	return last
}

func findallFn(c objects.Ctx, args []value, kw []string) (value, error) {
	r, s, pos, end, err := subjectArgs(args, "findall")
	if err != nil {
		return value{}, err
	}
	all, err := r.All(s.runes, pos, end, 0)
	if err != nil {
		return value{}, objects.Errorf(objects.RuntimeErrorType, "%v", err)
	}
	group := func(sp []int, g int) value {
		if sp[2*g] < 0 {
			return s.empty()
		}
		return s.slice(sp[2*g], sp[2*g+1])
	}
	out := make([]value, len(all))
	for i, sp := range all {
		switch n := r.tr.groups; n {
		case 0:
			out[i] = group(sp, 0)
		case 1:
			out[i] = group(sp, 1)
		default:
			items := make([]value, n)
			for g := 1; g <= n; g++ {
				items[g-1] = group(sp, g)
			}
			out[i] = objects.NewTuple(items).Value()
		}
	}
	return objects.NewList(out).Value(), nil
}

func subFn(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 4 {
		return value{}, typeErr("sub() takes 4 arguments")
	}
	r, err := regexArg(args[0])
	if err != nil {
		return value{}, err
	}
	pieces, err := objects.ToSlice(c, args[1])
	if err != nil {
		return value{}, err
	}
	count, err := intArg(args[3])
	if err != nil {
		return value{}, err
	}
	// subjectArgs wants (regex, string, pos, endpos).
	_, s, _, _, err := subjectArgs([]value{args[0], args[2], objects.Int(0), objects.Int(1 << 62)}, "sub")
	if err != nil {
		return value{}, err
	}
	all, err := r.All(s.runes, 0, len(s.runes), count)
	if err != nil {
		return value{}, objects.Errorf(objects.RuntimeErrorType, "%v", err)
	}
	type piece struct {
		lit   []rune
		group int
	}
	ps := make([]piece, len(pieces))
	for i, p := range pieces {
		if n, ok := objects.AsInt64(p); ok {
			if n < 0 || int(n) > r.tr.groups {
				return value{}, objects.Errorf(objects.IndexErrorType, "no such group")
			}
			ps[i] = piece{group: int(n)}
			continue
		}
		lit, ok := toSubject(p)
		if !ok {
			return value{}, typeErr("_re.sub: bad template piece")
		}
		ps[i] = piece{lit: lit.runes, group: -1}
	}
	out := make([]rune, 0, len(s.runes))
	prev := 0
	for _, sp := range all {
		out = append(out, s.runes[prev:sp[0]]...)
		for _, p := range ps {
			if p.group < 0 {
				out = append(out, p.lit...)
			} else if a := sp[2*p.group]; a >= 0 {
				out = append(out, s.runes[a:sp[2*p.group+1]]...)
			}
		}
		prev = sp[1]
	}
	out = append(out, s.runes[prev:]...)
	var res value
	if s.isBytes {
		b := make([]byte, len(out))
		for i, x := range out {
			b[i] = byte(x)
		}
		res = objects.BytesValue(b)
	} else {
		res = objects.StrValue(runesToString(out))
	}
	return objects.NewTuple([]value{res, objects.Int(int64(len(all)))}).Value(), nil
}

func runesToString(r []rune) string {
	n := 0
	for _, x := range r {
		n += utf8.RuneLen(x)
	}
	var b strings.Builder
	b.Grow(n)
	for _, x := range r {
		b.WriteRune(x)
	}
	return b.String()
}
