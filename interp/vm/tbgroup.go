package vm

import (
	"strconv"
	"strings"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// Group limits of CPython's printer: at most maxGroupWidth members of a
// group are shown ("and N more exceptions"), and groups nested deeper
// than maxGroupDepth are elided.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrinter renders an exception, its chain and, for exception groups,
// their members, following CPython 3.11's print_exception_recursive
// (Python/pythonrun.c): output is depth-first, and an exception already
// printed (seen) is not printed again as a cause or context. Inside a
// group every line carries a margin: two spaces per nesting level, then
// "| " (or "+ " on a top-level group's header).
type excPrinter struct {
	in        *Interp
	ctx       objects.Ctx
	b         strings.Builder
	seen      map[*objects.Exception]bool
	depth     int  // exception-group nesting level
	needClose bool // the last member's box still needs its closing line
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text with the current margin before each of its lines.
func (p *excPrinter) emit(text string, marginChar string) {
	if p.depth == 0 {
		p.b.WriteString(text)
		return
	}
	margin := p.indent() + marginChar + " "
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		p.b.WriteString(margin)
		p.b.WriteString(line)
	}
}

func (p *excPrinter) printRecursive(exc *objects.Exception) {
	p.seen[exc] = true
	if exc.Cause != nil && !p.seen[exc.Cause] {
		p.printChained(exc.Cause, "\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.Cause == nil && exc.Context != nil && !exc.SuppressContext && !p.seen[exc.Context] {
		p.printChained(exc.Context, "\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if objects.IsGroup(exc) {
		p.printGroup(exc)
		return
	}
	p.printOne(exc, "Traceback (most recent call last):\n", "|")
}

func (p *excPrinter) printChained(exc *objects.Exception, msg string) {
	needClose := p.needClose
	p.printRecursive(exc)
	p.needClose = needClose
	p.emit(msg, "|")
}

// printOne prints a traceback (when there is one) and the final line.
func (p *excPrinter) printOne(exc *objects.Exception, header, headerMargin string) {
	if exc.Traceback != nil {
		p.emit(header, headerMargin)
		var tb strings.Builder
		p.in.formatTraceback(&tb, exc.Traceback)
		p.emit(tb.String(), "|")
	}
	if se, ok := syntaxErrors.Load(exc); ok {
		p.emit(se.(*syntax.SyntaxError).Format(), "|")
		return
	}
	p.emit(formatExceptionOnly(p.ctx, exc), "|")
	p.emit(formatNotes(p.ctx, exc), "|")
}

func (p *excPrinter) printGroup(exc *objects.Exception) {
	if p.depth > maxGroupDepth {
		p.emit("... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n", "|")
		return
	}
	topLevel := p.depth == 0
	if topLevel {
		p.depth++
	}
	headerMargin := "|"
	if p.depth == 1 {
		headerMargin = "+"
	}
	p.printOne(exc, "Exception Group Traceback (most recent call last):\n", headerMargin)
	members := objects.GroupExceptions(exc)
	n := len(members)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		pre := "  "
		if i == 0 {
			pre = "+-"
		}
		p.b.WriteString(p.indent() + pre + "+---------------- " + title + " ----------------\n")
		p.depth++
		if truncated {
			more := len(members) - maxGroupWidth
			p.emit("and "+strconv.Itoa(more)+" more exception"+plural(more)+"\n", "|")
		} else {
			p.printRecursive(objects.AsException(members[i]))
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if topLevel {
		p.depth = 0
	}
}
