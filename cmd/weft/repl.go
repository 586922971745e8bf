package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// The interactive interpreter, python3's REPL: statements are read from
// the interpreter's standard input one at a time and compiled in "single"
// mode, so an expression statement's value is echoed with repr by
// sys.displayhook and kept in builtins._. A statement that is not
// complete yet (an open bracket, a triple-quoted string, a backslash) is
// continued under the "... " prompt; a compound statement (a header line
// ending in ':' or a decorator) continues until a blank line. An uncaught
// exception prints its traceback and the session goes on; SystemExit
// ends it with its status; end of input ends it with status 0.
//
// Prompts and the banner go to standard error, as python3 writes them
// when its input is not a terminal (`python3 -i < file`), so piping a
// session keeps the program's output clean.

// replSession is one REPL over an interpreter.
type replSession struct {
	it      *interp.Interpreter
	main    *objects.Dict
	lines   <-chan replLine
	prompts io.Writer
	// interrupts delivers Ctrl-C while the session waits for input (nil
	// when the input is not a terminal).
	interrupts <-chan os.Signal
}

type replLine struct {
	text string
	err  error // io.EOF at end of input
}

// runREPL runs the interactive loop on it's standard input and returns
// the exit status. banner prints the version line first (-q turns it off).
func runREPL(it *interp.Interpreter, banner bool, terminal bool) int {
	s := &replSession{it: it, main: mainDict(it), prompts: it.VM.Stderr}
	s.lines = readLines(it.VM.Stdin)
	if terminal {
		sig := make(chan os.Signal, 1)
		s.interrupts = sig
		signal.Notify(sig, os.Interrupt)
		defer signal.Stop(sig)
	}
	if banner {
		fmt.Fprintf(s.prompts, "%s on %s\nType \"exit()\" or end of input (Ctrl-D) to leave.\n", version, platformName())
	}
	for {
		src, ok := s.readStatement()
		if !ok {
			fmt.Fprintln(s.prompts)
			return 0
		}
		if status, exit := s.run(src); exit {
			return status
		}
	}
}

// readLines reads r line by line on its own goroutine, so that the REPL
// can wait for a line and for Ctrl-C at once. It stops at end of input.
func readLines(r *bufio.Reader) <-chan replLine {
	ch := make(chan replLine)
	go func() {
		for {
			line, err := r.ReadString('\n')
			if line != "" {
				ch <- replLine{text: strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")}
			}
			if err != nil {
				ch <- replLine{err: io.EOF}
				close(ch)
				return
			}
		}
	}()
	return ch
}

// readLine prompts and waits for one line. interrupted reports Ctrl-C,
// which abandons the statement being typed.
func (s *replSession) readLine(prompt string) (line string, eof, interrupted bool) {
	s.it.VM.Flush()
	fmt.Fprint(s.prompts, prompt)
	select {
	case l, open := <-s.lines:
		if !open || l.err != nil {
			return "", true, false
		}
		return l.text, false, false
	case <-s.interrupts:
		return "", false, true
	}
}

// readStatement reads one complete statement (several lines for a
// compound or bracketed one). false means end of input.
func (s *replSession) readStatement() (string, bool) {
	var lines []string
	compound := false
	for {
		prompt := ">>> "
		if len(lines) > 0 {
			prompt = "... "
		}
		line, eof, interrupted := s.readLine(prompt)
		if interrupted {
			fmt.Fprint(s.prompts, "\nKeyboardInterrupt\n")
			lines, compound = nil, false
			continue
		}
		if eof {
			if len(lines) == 0 {
				return "", false
			}
			// End of input completes the statement being typed; the
			// prompt line is ended first, as python3 does.
			fmt.Fprintln(s.prompts)
			return strings.Join(lines, "\n") + "\n", true
		}
		if len(lines) == 0 && strings.TrimSpace(line) == "" {
			continue
		}
		lines = append(lines, line)
		if len(lines) == 1 {
			compound = opensBlock(line)
		}
		src := strings.Join(lines, "\n") + "\n"
		if compound {
			if strings.TrimSpace(line) == "" {
				return src, true
			}
			continue
		}
		if _, err := compile.Compile(src, "<stdin>", compile.Single); err != nil && incomplete(err) {
			if len(lines) == 1 && strings.Contains(err.Error(), "expected an indented block") {
				compound = true
			}
			continue
		}
		return src, true
	}
}

// run compiles and runs one statement. exit is true when it raised
// SystemExit, with the status to exit with.
func (s *replSession) run(src string) (status int, exit bool) {
	in := s.it.VM
	code, err := compile.Compile(src, "<stdin>", compile.Single)
	if err != nil {
		s.it.Report(in.SyntaxErrorValue(err))
		return 0, false
	}
	_, err = s.it.Main.RunCode(code, s.main, s.main)
	in.Flush()
	if err == nil {
		return 0, false
	}
	if exc := objects.AsPyError(err); exc.Matches(objects.SystemExitType) {
		return s.it.Report(err), true
	}
	s.it.Report(err)
	return 0, false
}

// opensBlock reports whether line starts a compound statement: its code
// (before any comment) ends with ':' or it is a decorator.
func opensBlock(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "@") {
		return true
	}
	if i := strings.IndexByte(t, '#'); i >= 0 && !strings.ContainsAny(t[:i], `'"`) {
		t = strings.TrimSpace(t[:i])
	}
	return strings.HasSuffix(t, ":")
}

// incomplete reports whether a compile error only says that the input
// stopped early, so that more lines may complete it.
func incomplete(err error) bool {
	var se *syntax.SyntaxError
	if !errors.As(err, &se) {
		return false
	}
	for _, m := range []string{"was never closed", "unexpected EOF while parsing", "unterminated triple-quoted string", "expected an indented block"} {
		if strings.Contains(se.Msg, m) {
			return true
		}
	}
	return false
}

// mainDict returns the __main__ module's namespace, making the module
// when no program ran before the REPL.
func mainDict(it *interp.Interpreter) *objects.Dict {
	if m, ok := it.VM.Modules.GetStr(objects.Interned("__main__")); ok {
		if mod := objects.AsModule(m); mod != nil {
			return mod.Dict
		}
	}
	main := objects.NewModule("__main__")
	main.Dict.SetStr(objects.Interned("__builtins__"), it.VM.Builtins.Value())
	_ = it.VM.Modules.SetItem(nil, objects.StrValue("__main__"), main.Value())
	return main.Dict
}

// platformName is sys.platform's value for the banner.
func platformName() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	default:
		return runtime.GOOS
	}
}
