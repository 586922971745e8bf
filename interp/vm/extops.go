package vm

import (
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// execExtOp runs the opcodes that the main loop dispatches through its
// default case: those of the match statement, try/except* and async code. None
// is on a hot path, and keeping them out of the loop's switch keeps the
// loop's code small. fr.sp is current on entry and updated on return.
func (t *Thread) execExtOp(fr *Frame, op compile.Op, arg int) error {
	switch op {
	case compile.MatchSequence, compile.MatchMapping, compile.GetLen, compile.MatchKeys,
		compile.CopyDictWithoutKeys, compile.MatchClass:
		return t.execMatchOp(fr, op, arg)
	case compile.CheckEGMatch, compile.PrepReraiseStar:
		return t.execExceptStarOp(fr, op)
	case compile.GetAIter, compile.GetANext, compile.EndAsyncFor, compile.BeforeAsyncWith,
		compile.AsyncWithExit, compile.AsyncGenWrap, compile.AwaitSync:
		return t.execAsyncOp(fr, op, arg)
	case compile.DictMerge:
		return t.dictMerge(fr, arg)
	case compile.BuildClassEx:
		return t.buildClassEx(fr)
	}
	return objects.Errorf(objects.SystemErrorType, "unknown opcode %d", op)
}

// execExceptStarOp runs CHECK_EG_MATCH and PREP_RERAISE_STAR
// (docs/bytecode.md, "except*").
func (t *Thread) execExceptStarOp(fr *Frame, op compile.Op) error {
	slots := fr.slots
	sp := fr.sp
	switch op {
	case compile.CheckEGMatch:
		rest := objects.AsException(slots[sp-2])
		m, r, err := objects.ExceptStarMatch(t, rest, slots[sp-1])
		if err != nil {
			return err
		}
		slots[sp-2] = excValueOrNone(r)
		slots[sp-1] = excValueOrNone(m)
		if m != nil {
			t.excInfo = m
		}
	case compile.PrepReraiseStar:
		orig := objects.AsException(slots[sp-2])
		items := objects.AsList(slots[sp-1]).Snapshot()
		excs := make([]*objects.Exception, len(items))
		for i, v := range items {
			excs[i] = objects.AsException(v)
		}
		r, err := objects.PrepReraiseStar(t, orig, excs)
		if err != nil {
			return err
		}
		slots[sp-1] = value{}
		slots[sp-2] = excValueOrNone(r)
		fr.sp--
	}
	return nil
}

func excValueOrNone(e *objects.Exception) value {
	if e == nil {
		return objects.None
	}
	return e.Value()
}

// buildClassEx is BUILD_CLASS_EX, BUILD_CLASS for a class statement with
// *bases or **keywords.
func (t *Thread) buildClassEx(fr *Frame) error {
	slots := fr.slots
	sp := fr.sp
	body := objects.AsFunction(slots[sp-4])
	name := objects.AsStr(slots[sp-3]).S
	bases := append([]objects.Value(nil), objects.AsTuple(slots[sp-2]).Items...)
	kw := objects.AsDict(slots[sp-1])
	for _, k := range kw.Keys() {
		if objects.AsStr(k) == nil {
			return objects.Errorf(objects.TypeErrorType, "keywords must be strings")
		}
	}
	clear(slots[sp-4 : sp])
	fr.sp = sp - 4
	return t.startClass(fr, body, name, bases, kw)
}
