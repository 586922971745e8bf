package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// Coroutines without colouring (DESIGN.md). Inside an async def, "await
// x" is CPython's loop: the frame yields whatever the awaitable yields
// and resumes it with what it is sent. Anywhere else (a plain function, a
// comprehension outside an async def) the same loop runs with AWAIT_SYNC
// in place of YIELD: the awaitable runs to completion on the current
// thread, the function stays an ordinary function, and a bare yield of
// None from the awaitable (a cooperative "let others run" point, like
// asyncio.sleep(0)) is simply resumed. AWAIT_SYNC is where the
// scheduler integration will park the virtual thread on a future; until
// then a yielded future is a RuntimeError.

// emitAwait compiles the await of the object on top of the stack.
func (c *compiler) emitAwait() {
	c.emit(GetAwaitable, 0)
	c.loadConst(objects.None)
	send := c.emit(Send, 0) // [it v] -> [it r] or, done, [ret]
	if c.u.code.Flags&objects.CodeCoroutine != 0 {
		c.emit(Yield, 0)
	} else {
		c.emit(AwaitSync, 0)
	}
	c.emit(Jump, send)
	c.patch(send, c.here())
	c.u.depth--
}

// asyncForStmt compiles "async for": GET_AITER, then per item GET_ANEXT
// and its await inside an exception-table row whose handler, END_ASYNC_FOR,
// ends the loop on StopAsyncIteration.
func (c *compiler) asyncForStmt(n *syntax.AsyncFor) {
	c.expr(n.Iter)
	c.emit(GetAIter, 0)
	depth := c.u.depth // the async iterator is on top
	top := c.here()
	c.emit(GetANext, 0)
	c.emitAwait()
	awaited := c.here()
	c.store(n.Target)
	var breaks []int
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbForLoop, continueLabel: top, breakLabel: &breaks})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(Jump, top)
	handler := c.here()
	c.addHandler(top, awaited, handler, depth)
	c.u.depth = depth + 1 // [ait exc]
	c.emit(EndAsyncFor, 0)
	c.stmts(n.OrElse)
	for _, b := range breaks {
		c.patch(b, c.here())
	}
}

// asyncExitNormal awaits aexit(None, None, None) for the __aexit__ on
// top of the stack and drops its result.
func (c *compiler) asyncExitNormal() {
	c.emit(AsyncWithExit, 0)
	c.emitAwait()
	c.emit(PopTop, 0)
}

// asyncCompFor is one "async for" clause of a comprehension; body
// compiles what follows it (the next clause or the element).
func (c *compiler) asyncCompFor(g *syntax.Comprehension, first bool, body func()) {
	if first {
		c.emit(LoadFast, 0) // the caller applied GET_AITER
	} else {
		c.expr(g.Iter)
		c.emit(GetAIter, 0)
	}
	depth := c.u.depth
	top := c.here()
	c.emit(GetANext, 0)
	c.emitAwait()
	awaited := c.here()
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.expr(cond)
		c.emit(PopJumpIfFalse, top)
	}
	body()
	c.emit(Jump, top)
	handler := c.here()
	c.addHandler(top, awaited, handler, depth)
	c.u.depth = depth + 1
	c.emit(EndAsyncFor, 0)
}
