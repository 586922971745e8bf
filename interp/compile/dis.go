package compile

import (
	"fmt"
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// Disassemble renders a code object's instructions and exception table,
// one instruction per line ("offset line OPNAME arg"), for debugging the
// compiler and for docs/bytecode.md.
func Disassemble(c *objects.Code) string {
	var b strings.Builder
	fmt.Fprintf(&b, "code %s (stack %d, locals %v, cells %v, frees %v)\n", c.Qualname, c.StackSize, c.VarNames, c.CellVars, c.FreeVars)
	for i, w := range c.Instrs {
		op, arg := Decode(w)
		fmt.Fprintf(&b, "%4d %4d %-20s %d\n", i, c.Positions[i].Line, op, arg)
	}
	for _, e := range c.ExcTable {
		fmt.Fprintf(&b, "  except [%d, %d) -> %d depth %d\n", e.Start, e.End, e.Handler, e.Depth)
	}
	for _, k := range c.Consts {
		if sub := objects.AsCode(k); sub != nil {
			b.WriteString(Disassemble(sub))
		}
	}
	return b.String()
}
