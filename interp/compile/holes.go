package compile

// A return, break or continue inside try/with blocks is compiled inline:
// the cleanup of every block it leaves (POP_EXCEPT, the __exit__ call, a
// copy of the finally body), then the jump or RETURN. From the start of a
// block's cleanup on, the code runs outside that block: an exception raised in an outer finally body copied there must
// not reach the inner block's handlers (it would, for example, run the
// finally body a second time, or be caught by an inner except clause).
//
// unwindHole records such a range, [start, end), together with the
// nesting level of the innermost block it leaves: it lies outside every
// block at that level or deeper. addHandler, called when a block is
// closed (so that len(fblocks) is the block's own level), splits the
// block's exception-table row around the holes that leave it. Holes of
// deeper levels (a break out of a loop nested inside a try) stay
// protected by the outer block, as they should.
type unwindHole struct {
	start, end int
	level      int
}

// openHole starts a hole where the cleanup of the block at level begins
// (the cleanup itself already runs outside the block); closeHoles ends every open hole after the final jump/return.
func (c *compiler) openHole(level int) {
	c.u.holes = append(c.u.holes, unwindHole{start: c.here(), end: -1, level: level})
}

func (c *compiler) closeHoles() {
	for i := len(c.u.holes) - 1; i >= 0 && c.u.holes[i].end < 0; i-- {
		c.u.holes[i].end = c.here()
	}
}
