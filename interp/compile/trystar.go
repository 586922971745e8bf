package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// tryStarStmt compiles try/except* (PEP 654). The handler keeps, under
// the previously handled exception, the original exception, a list of
// the exceptions the clauses raised, and the part of the original not
// matched yet:
//
//	H:  PUSH_EXC_INFO                       ; [prev orig]
//	    DUP_TOP BUILD_LIST 0 ROT_TWO        ; [prev orig raised rest]
//	    <type> CHECK_EG_MATCH               ; [prev orig raised rest' match|None]
//	    DUP_TOP LOAD_CONST None IS_OP POP_JUMP_IF_TRUE nomatch
//	    STORE name | POP_TOP
//	    <clause body>                        ; ExcTable -> X, depth d+4
//	    JUMP next
//	X:  LIST_APPEND 2 JUMP next              ; a clause raised: collect it
//	nomatch: POP_TOP
//	next: ... (the next clause)
//	    LIST_APPEND 1                        ; the unmatched rest joins the list
//	    PREP_RERAISE_STAR                    ; [prev result|None]
//	    None: POP_TOP POP_EXCEPT, continue after the statement
//	    else: RERAISE
//
// A finally clause wraps the whole statement as an ordinary try/finally.
func (c *compiler) tryStarStmt(n *syntax.TryStar) {
	if len(n.FinalBody) > 0 {
		inner := &syntax.TryStar{Pos: n.Pos, Body: n.Body, Handlers: n.Handlers, OrElse: n.OrElse}
		c.tryStmt(&syntax.Try{Pos: n.Pos, Body: []syntax.Stmt{inner}, FinalBody: n.FinalBody})
		return
	}
	for _, h := range n.Handlers {
		if bad := exceptStarEscape(h.Body, false); bad != nil {
			c.syntaxError("'break', 'continue' and 'return' cannot appear in an except* block", bad)
			return
		}
	}
	depth := c.u.depth
	start := c.here()
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	end := c.here()
	jelse := c.emit(Jump, 0)
	handler := c.here()
	c.addHandler(start, end, handler, depth)
	c.u.depth = depth + 1
	c.emit(PushExcInfo, 0) // [prev orig]
	cstart := c.here()
	c.emit(DupTop, 0)
	c.emit(BuildList, 0)
	c.emit(Rot2, 0) // [prev orig raised rest]
	for _, h := range n.Handlers {
		old := c.setPos(h)
		c.expr(h.Type)
		c.emit(CheckEGMatch, 0) // [prev orig raised rest' match]
		c.emit(DupTop, 0)
		c.loadConst(objects.None)
		c.emit(IsOp, 0)
		nomatch := c.emit(PopJumpIfTrue, 0)
		c.u.pos = old
		if h.Name != "" {
			c.nameOp(h.Name, opStore)
		} else {
			c.emit(PopTop, 0)
		}
		bodyStart := c.here()
		c.stmts(h.Body)
		bodyEnd := c.here()
		c.clearHandlerName(h.Name)
		jnext := c.emit(Jump, 0)
		raisedAt := c.here()
		c.addHandler(bodyStart, bodyEnd, raisedAt, depth+4)
		c.u.depth = depth + 5 // [prev orig raised rest' exc]
		c.clearHandlerName(h.Name)
		c.emit(ListAppend, 2)
		jnext2 := c.emit(Jump, 0)
		c.patch(nomatch, c.here())
		c.u.depth = depth + 5 // [prev orig raised rest' None]
		c.emit(PopTop, 0)
		c.patch(jnext, c.here())
		c.patch(jnext2, c.here())
	}
	c.emit(ListAppend, 1)      // [prev orig raised]
	c.emit(PrepReraiseStar, 0) // [prev result]
	c.emit(DupTop, 0)
	c.loadConst(objects.None)
	c.emit(IsOp, 0)
	jraise := c.emit(PopJumpIfFalse, 0)
	c.emit(PopTop, 0)
	c.emit(PopExcept, 0)
	jend := c.emit(Jump, 0)
	c.patch(jraise, c.here())
	c.u.depth = depth + 2
	c.emit(Reraise, 0)
	c.cleanupHandler(cstart, depth+1)
	c.u.depth = depth
	c.patch(jelse, c.here())
	c.stmts(n.OrElse)
	c.patch(jend, c.here())
}

// clearHandlerName unbinds "except* T as name" when its clause ends, as
// for except.
func (c *compiler) clearHandlerName(name string) {
	if name != "" {
		c.loadConst(objects.None)
		c.nameOp(name, opStore)
		c.nameOp(name, opDelete)
	}
}

// exceptStarEscape finds a return, or a break/continue not inside a loop
// of the clause itself, in an except* clause body (a SyntaxError:
// leaving the clause that way would skip the re-raise of the rest).
func exceptStarEscape(body []syntax.Stmt, inLoop bool) syntax.Node {
	for _, s := range body {
		var bad syntax.Node
		switch n := s.(type) {
		case *syntax.Return:
			return n
		case *syntax.Break:
			if !inLoop {
				return n
			}
		case *syntax.Continue:
			if !inLoop {
				return n
			}
		case *syntax.For:
			bad = first(exceptStarEscape(n.Body, true), exceptStarEscape(n.OrElse, inLoop))
		case *syntax.AsyncFor:
			bad = first(exceptStarEscape(n.Body, true), exceptStarEscape(n.OrElse, inLoop))
		case *syntax.While:
			bad = first(exceptStarEscape(n.Body, true), exceptStarEscape(n.OrElse, inLoop))
		case *syntax.If:
			bad = first(exceptStarEscape(n.Body, inLoop), exceptStarEscape(n.OrElse, inLoop))
		case *syntax.With:
			bad = exceptStarEscape(n.Body, inLoop)
		case *syntax.AsyncWith:
			bad = exceptStarEscape(n.Body, inLoop)
		case *syntax.Try:
			bad = first(exceptStarEscape(n.Body, inLoop), exceptStarEscape(n.OrElse, inLoop), exceptStarEscape(n.FinalBody, inLoop))
			for _, h := range n.Handlers {
				bad = first(bad, exceptStarEscape(h.Body, inLoop))
			}
		case *syntax.TryStar:
			bad = first(exceptStarEscape(n.Body, inLoop), exceptStarEscape(n.OrElse, inLoop), exceptStarEscape(n.FinalBody, inLoop))
		case *syntax.Match:
			for _, mc := range n.Cases {
				bad = first(bad, exceptStarEscape(mc.Body, inLoop))
			}
		}
		if bad != nil {
			return bad
		}
	}
	return nil
}

func first(nodes ...syntax.Node) syntax.Node {
	for _, n := range nodes {
		if n != nil {
			return n
		}
	}
	return nil
}
