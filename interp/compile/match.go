package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// The match statement (PEP 634) compiles to straight-line tests on the
// operand stack, as CPython's compiler does. Each pattern is compiled with
// its subject on top of the stack and consumes it when it succeeds. When a
// test fails the pattern jumps to a "fail-pop" label with some number k of
// its own values still on the stack (copies of the subject, unpacked
// sequence items, a mapping's key tuple...); matchCtx.fails[k] collects
// those jumps, and finishFails lays out the ladder
//
//	fail_k: POP_TOP ; fail_{k-1}: POP_TOP ; ... fail_0:
//
// so every failure path reaches fail_0 with the stack as it was before the
// pattern began. A case's fail_0 is the next case's start.
//
// Captured names are stored as soon as their sub-pattern has matched,
// rather than after the whole pattern as CPython does. PEP 634 leaves the
// bindings of a failed match unspecified, and the names a successful match
// binds, and their values, are the same either way; what it saves is
// CPython's rotation of every captured value down under the remaining
// stack items.

// matchCtx is the state of one pattern's compilation.
type matchCtx struct {
	// fails[k] are the jumps taken with k values of this pattern on the
	// stack.
	fails [][]int
	// onTop is how many values of this pattern lie under the current
	// sub-pattern's subject.
	onTop int
	// allowIrrefutable is false for the patterns of a case that is
	// followed by other cases and has no guard: a capture or wildcard
	// there would make those cases unreachable.
	allowIrrefutable bool
	// bound are the names the pattern binds so far, in order.
	bound []string
	// last is the pattern node compiled most recently: CPython reports
	// "alternative patterns bind different names" at its position.
	last syntax.Pattern
}

// failJump emits a conditional jump to the fail-pop label for the values
// that will be on the stack after the jump instruction has popped its
// operand.
func (c *compiler) failJump(mc *matchCtx, op Op, extra int) {
	k := mc.onTop + extra
	for len(mc.fails) <= k {
		mc.fails = append(mc.fails, nil)
	}
	mc.fails[k] = append(mc.fails[k], c.emit(op, 0))
}

// finishFails lays out the fail-pop ladder; it ends with the stack depth
// at base (the depth before the pattern's subject was pushed).
func (c *compiler) finishFails(mc *matchCtx, base int) {
	for k := len(mc.fails) - 1; k >= 0; k-- {
		for _, j := range mc.fails[k] {
			c.patch(j, c.here())
		}
		if k > 0 {
			c.u.depth = base + k
			c.emit(PopTop, 0)
		}
	}
	c.u.depth = base
	mc.fails = nil
}

func (c *compiler) matchStmt(n *syntax.Match) {
	c.expr(n.Subject)
	base := c.u.depth - 1
	var ends []int
	last := len(n.Cases) - 1
	for i, mc := range n.Cases {
		old := c.setPos(mc.Pattern)
		lastCase := i == last
		if !lastCase {
			c.emit(DupTop, 0)
		}
		ctx := &matchCtx{allowIrrefutable: mc.Guard != nil || lastCase}
		// Before the last case the copy is the pattern's subject and
		// the original stays under it for the next case.
		c.pattern(mc.Pattern, ctx)
		c.u.pos = old
		if mc.Guard != nil {
			c.expr(mc.Guard)
			c.failJump(ctx, PopJumpIfFalse, 0)
		}
		if !lastCase {
			c.emit(PopTop, 0)
		}
		c.stmts(mc.Body)
		ends = append(ends, c.emit(Jump, 0))
		if lastCase {
			c.finishFails(ctx, base)
		} else {
			c.finishFails(ctx, base+1)
		}
	}
	if len(n.Cases) == 0 {
		c.emit(PopTop, 0)
	}
	for _, e := range ends {
		c.patch(e, c.here())
	}
	c.u.depth = base
}

// storeCapture binds a captured name, rejecting a second binding of the
// same name in one pattern.
func (c *compiler) storeCapture(name string, mc *matchCtx, at syntax.Node) {
	for _, b := range mc.bound {
		if b == name {
			// CPython reports it where its compiler last set a
			// location: the most recently compiled pattern.
			if mc.last != nil {
				at = mc.last
			}
			c.syntaxError("multiple assignments to name '"+name+"' in pattern", at)
		}
	}
	mc.bound = append(mc.bound, name)
	c.nameOp(name, opStore)
}

// pattern compiles p against the subject on top of the stack.
func (c *compiler) pattern(p syntax.Pattern, mc *matchCtx) {
	old := c.setPos(p)
	defer func() { c.u.pos = old }()
	mc.last = p
	switch n := p.(type) {
	case *syntax.MatchAs:
		if n.Pattern == nil {
			if !mc.allowIrrefutable {
				if n.Name == "" {
					c.syntaxError("wildcard makes remaining patterns unreachable", n)
				} else {
					c.syntaxError("name capture '"+n.Name+"' makes remaining patterns unreachable", n)
				}
			}
			if n.Name == "" {
				c.emit(PopTop, 0)
			} else {
				c.storeCapture(n.Name, mc, n)
			}
			return
		}
		c.emit(DupTop, 0)
		mc.onTop++
		saved := mc.allowIrrefutable
		mc.allowIrrefutable = true
		c.pattern(n.Pattern, mc)
		mc.allowIrrefutable = saved
		mc.onTop--
		c.storeCapture(n.Name, mc, n)
	case *syntax.MatchStar:
		// Only reachable as a sequence element; matchSequence handles it.
		if n.Name == "" {
			c.emit(PopTop, 0)
		} else {
			c.storeCapture(n.Name, mc, n)
		}
	case *syntax.MatchValue:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(CompareOp, int(objects.CmpEq))
		c.failJump(mc, PopJumpIfFalse, 0)
	case *syntax.MatchSingleton:
		c.loadConst(constValue(n.Value))
		c.emit(IsOp, 0)
		c.failJump(mc, PopJumpIfFalse, 0)
	case *syntax.MatchSequence:
		c.matchSequence(n, mc)
	case *syntax.MatchMapping:
		c.matchMapping(n, mc)
	case *syntax.MatchClass:
		c.matchClass(n, mc)
	case *syntax.MatchOr:
		c.matchOr(n, mc)
	default:
		c.syntaxError("pattern not supported", p)
	}
}

// subpatterns matches n values pushed in reverse order (the first on top)
// against pats, each with the remaining ones counted under it.
func (c *compiler) subpatterns(pats []syntax.Pattern, mc *matchCtx) {
	saved := mc.allowIrrefutable
	mc.allowIrrefutable = true
	for i, sp := range pats {
		mc.onTop += len(pats) - 1 - i
		c.pattern(sp, mc)
		mc.onTop -= len(pats) - 1 - i
	}
	mc.allowIrrefutable = saved
}

func isWildcard(p syntax.Pattern) bool {
	switch n := p.(type) {
	case *syntax.MatchAs:
		return n.Pattern == nil && n.Name == ""
	case *syntax.MatchStar:
		return n.Name == ""
	}
	return false
}

func (c *compiler) matchSequence(n *syntax.MatchSequence, mc *matchCtx) {
	star := -1
	for i, sp := range n.Patterns {
		if _, ok := sp.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.syntaxError("multiple starred names in sequence pattern", n)
				return
			}
			star = i
		}
	}
	size := len(n.Patterns)
	c.emit(MatchSequence, 0) // [s bool]
	c.failJump(mc, PopJumpIfFalse, 1)
	allWild := true
	for _, sp := range n.Patterns {
		if !isWildcard(sp) {
			allWild = false
		}
	}
	if star < 0 || size > 1 {
		c.emit(GetLen, 0) // [s len]
		if star < 0 {
			c.loadConst(objects.Int(int64(size)))
			c.emit(CompareOp, int(objects.CmpEq))
		} else {
			c.loadConst(objects.Int(int64(size - 1)))
			c.emit(CompareOp, int(objects.CmpGe))
		}
		c.failJump(mc, PopJumpIfFalse, 1)
	}
	if allWild {
		c.emit(PopTop, 0)
		return
	}
	if star < 0 {
		c.emit(UnpackSequence, size)
	} else {
		c.emit(UnpackEx, star|(size-star-1)<<8)
	}
	c.subpatterns(n.Patterns, mc)
}

// matchMapping compiles {k: p, ..., **rest}: MATCH_MAPPING, a length
// check, MATCH_KEYS for the values, the value patterns, then
// COPY_DICT_WITHOUT_KEYS for rest.
func (c *compiler) matchMapping(n *syntax.MatchMapping, mc *matchCtx) {
	c.emit(MatchMapping, 0) // [s bool]
	c.failJump(mc, PopJumpIfFalse, 1)
	if len(n.Keys) == 0 && n.Rest == "" {
		c.emit(PopTop, 0)
		return
	}
	if len(n.Keys) > 0 {
		c.emit(GetLen, 0)
		c.loadConst(objects.Int(int64(len(n.Keys))))
		c.emit(CompareOp, int(objects.CmpGe))
		c.failJump(mc, PopJumpIfFalse, 1)
	}
	seen := map[any]bool{}
	for _, k := range n.Keys {
		switch kv := k.(type) {
		case *syntax.Constant:
			key := constKey(constValue(kv.Value))
			if key != nil && seen[key] {
				c.syntaxError("mapping pattern checks duplicate key ("+constRepr(kv.Value)+")", n)
				return
			}
			seen[key] = true
		case *syntax.Attribute:
		default:
			if _, ok := kv.(*syntax.UnaryOp); !ok {
				if _, ok := kv.(*syntax.BinOp); !ok {
					c.syntaxError("mapping pattern keys may only match literals and attribute lookups", k)
					return
				}
			}
		}
		c.expr(k)
	}
	c.emit(BuildTuple, len(n.Keys)) // [s keys]
	c.emit(MatchKeys, 0)            // [s keys values-or-None]
	c.emit(DupTop, 0)
	c.loadConst(objects.None)
	c.emit(IsOp, 1)
	c.failJump(mc, PopJumpIfFalse, 3)
	c.emit(UnpackSequence, len(n.Keys)) // [s keys vn .. v1]
	mc.onTop += 2
	c.subpatterns(n.Patterns, mc)
	mc.onTop -= 2
	if n.Rest != "" {
		c.emit(CopyDictWithoutKeys, 0) // [rest]
		c.storeCapture(n.Rest, mc, n)
	} else {
		c.emit(PopTop, 0)
		c.emit(PopTop, 0)
	}
}

// constKey is a comparable identity for a literal mapping key: equal
// numbers (1, 1.0, True) share one, as they share a dict slot.
func constKey(v objects.Value) any {
	switch {
	case v.IsBool():
		if v.IsTrue() {
			return [2]any{"n", 1.0}
		}
		return [2]any{"n", 0.0}
	case v.IsSmallInt():
		return [2]any{"n", float64(v.SmallInt())}
	case v.IsFloat():
		return [2]any{"n", v.FloatVal()}
	case v.IsNone():
		return "None"
	case objects.AsStr(v) != nil:
		return [2]any{"s", objects.AsStr(v).S}
	case objects.AsBytes(v) != nil:
		return [2]any{"b", string(objects.AsBytes(v).B)}
	}
	return nil
}

// constRepr spells a literal key as repr() would, for the SyntaxError.
func constRepr(v any) string {
	r, err := objects.Repr(nil, constValue(v))
	if err != nil {
		return "?"
	}
	return r
}

// matchClass compiles Cls(p1, ..., a=q1, ...): MATCH_CLASS leaves a tuple
// of the positional then keyword attributes, or None.
func (c *compiler) matchClass(n *syntax.MatchClass, mc *matchCtx) {
	for i, a := range n.KwdAttrs {
		for _, b := range n.KwdAttrs[:i] {
			if a == b {
				c.syntaxError("attribute name repeated in class pattern: "+a, n.KwdPatterns[i])
				return
			}
		}
	}
	c.expr(n.Cls)
	names := make([]objects.Value, len(n.KwdAttrs))
	for i, a := range n.KwdAttrs {
		names[i] = objects.Interned(a).Value()
	}
	c.loadConst(objects.NewTuple(names).Value())
	c.setPos(n)
	c.emit(MatchClass, len(n.Patterns)) // [attrs-or-None]
	c.emit(DupTop, 0)
	c.loadConst(objects.None)
	c.emit(IsOp, 1)
	c.failJump(mc, PopJumpIfFalse, 1)
	all := append(append([]syntax.Pattern(nil), n.Patterns...), n.KwdPatterns...)
	allWild := true
	for _, sp := range all {
		if !isWildcard(sp) {
			allWild = false
		}
	}
	if allWild {
		c.emit(PopTop, 0)
		return
	}
	c.emit(UnpackSequence, len(all))
	c.subpatterns(all, mc)
}

// matchOr tries each alternative on a copy of the subject; the last one
// consumes the subject itself. Every alternative must bind the same names.
func (c *compiler) matchOr(n *syntax.MatchOr, mc *matchCtx) {
	var ends []int
	base := c.u.depth // the subject is on top
	var names []string
	boundBefore := mc.bound
	for i, alt := range n.Patterns {
		lastAlt := i == len(n.Patterns)-1
		sub := &matchCtx{allowIrrefutable: lastAlt && mc.allowIrrefutable, bound: append([]string(nil), boundBefore...)}
		if lastAlt {
			sub.onTop = mc.onTop
			sub.fails = mc.fails
		} else {
			c.emit(DupTop, 0)
		}
		c.pattern(alt, sub)
		altNames := sub.bound[len(boundBefore):]
		if i == 0 {
			names = append([]string(nil), altNames...)
		} else if !sameNames(names, altNames) {
			c.syntaxError("alternative patterns bind different names", sub.last)
		}
		if lastAlt {
			mc.fails = sub.fails
			mc.bound = sub.bound
			break
		}
		c.emit(PopTop, 0)
		ends = append(ends, c.emit(Jump, 0))
		c.finishFails(sub, base)
	}
	for _, e := range ends {
		c.patch(e, c.here())
	}
	c.u.depth = base - 1
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}
