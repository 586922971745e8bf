package vm

import (
	"strconv"
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// The traceback module (interp/lib/traceback.py) formats exceptions with
// this printer instead of a second one written in Python, so that
// traceback.print_exc() and the interpreter's own report of an uncaught
// exception are the same bytes: same source lines, same caret lines, same
// chaining and exception-group boxes. These entry points expose the
// printer in the pieces the module's API is made of.

// FormatExceptionChain renders exc as the default excepthook would. With
// chain false only exc itself is printed, without its __cause__ or
// __context__ (traceback.format_exception(..., chain=False)).
func (in *Interp) FormatExceptionChain(ctx objects.Ctx, exc *objects.Exception, chain bool) string {
	p := &excPrinter{in: in, ctx: ctx, seen: map[*objects.Exception]bool{}}
	if chain {
		p.printRecursive(exc)
		return p.b.String()
	}
	p.seen[exc] = true
	if objects.IsGroup(exc) {
		p.printGroup(exc)
	} else {
		p.printOne(exc, "Traceback (most recent call last):\n", "|")
	}
	return p.b.String()
}

// FormatTracebackEntries renders each entry of exc's traceback on its
// own ("  File ..., line N, in f\n" then the source and caret lines), in
// order from the outermost frame; the caller applies limits and collapses
// repeated entries.
func (in *Interp) FormatTracebackEntries(exc *objects.Exception) []string {
	var out []string
	for tb := exc.Traceback; tb != nil; tb = tb.Next {
		var b strings.Builder
		b.WriteString("  File \"" + tb.Filename + "\", line " + strconv.Itoa(tb.Line) + ", in " + tb.Name + "\n")
		in.formatSourceLine(&b, tb)
		out = append(out, b.String())
	}
	return out
}

// FormatExceptionOnly is the last part of a report: "Type: message"
// (or a SyntaxError's source and caret lines) followed by the notes.
func (in *Interp) FormatExceptionOnly(ctx objects.Ctx, exc *objects.Exception) string {
	p := &excPrinter{in: in, ctx: ctx, seen: map[*objects.Exception]bool{}}
	if se, ok := syntaxErrors.Load(exc); ok {
		p.emit(se.(interface{ Format() string }).Format(), "|")
	} else {
		p.emit(formatExceptionOnly(ctx, exc), "|")
	}
	p.emit(formatNotes(ctx, exc), "|")
	return p.b.String()
}

// SourceLine returns line lineno of filename as the printer sees it
// (sources compiled in this process first, then the file system), or ""
// when it is not available.
func (in *Interp) SourceLine(filename string, lineno int) string {
	src, ok := in.source(filename)
	if !ok || lineno <= 0 {
		return ""
	}
	return nthLine(src, lineno)
}
