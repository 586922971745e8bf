package main

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

// replRun drives the REPL with input through in-memory streams, as
// `weft -q -i < input` would, and returns its stdout, stderr and status.
func replRun(t *testing.T, input string) (stdout, stderr string, status int) {
	t.Helper()
	it := newInterpreter([]string{""}, ".", false)
	var out, errs bytes.Buffer
	it.VM.Stdin = bufio.NewReader(strings.NewReader(input))
	it.VM.Stdout = bufio.NewWriter(&out)
	it.VM.Stderr = &errs
	status = runREPL(it, false, false)
	it.VM.Flush()
	return out.String(), errs.String(), status
}

func TestREPLSession(t *testing.T) {
	cases := []struct {
		name, input, stdout, stderr string
		status                      int
	}{
		{
			name:   "echo and underscore",
			input:  "x = 5\nx * 2\n_ + 1\nNone\n'a' + 'b'\n",
			stdout: "10\n11\n'ab'\n",
			stderr: ">>> >>> >>> >>> >>> >>> \n",
		},
		{
			name:   "compound statement ends at a blank line",
			input:  "if True:\n    print('yes')\n\ndef f(a):\n    return a * 3\n\nf(4)\n",
			stdout: "yes\n12\n",
			stderr: ">>> ... ... >>> ... ... >>> >>> \n",
		},
		{
			name:   "brackets continue without a blank line",
			input:  "[1,\n 2]\n",
			stdout: "[1, 2]\n",
			stderr: ">>> ... >>> \n",
		},
		{
			name:   "a traceback does not end the session",
			input:  "1/0\nprint('after')\n",
			stdout: "after\n",
			stderr: ">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n",
		},
		{
			name:   "syntax error",
			input:  "1 +* 2\n3\n",
			stdout: "3\n",
			stderr: ">>> " + "  File \"<stdin>\", line 1\n    1 +* 2\n       ^\nSyntaxError: invalid syntax\n>>> >>> \n",
		},
		{
			name:   "SystemExit ends the session with its status",
			input:  "import sys\nsys.exit(3)\nprint('not reached')\n",
			stderr: ">>> >>> ",
			status: 3,
		},
		{
			name:   "end of input completes an open compound statement",
			input:  "for i in range(2):\n    print(i)",
			stdout: "0\n1\n",
			stderr: ">>> ... ... \n>>> \n",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, status := replRun(t, c.input)
			if out != c.stdout || errs != c.stderr || status != c.status {
				t.Errorf("input %q:\nstdout %q, want %q\nstderr %q, want %q\nstatus %d, want %d", c.input, out, c.stdout, errs, c.stderr, status, c.status)
			}
		})
	}
}

func TestOpensBlock(t *testing.T) {
	for line, want := range map[string]bool{
		"if x:": true, "for i in y:  # loop": true, "@decorator": true, "x = {'a': 1}": false,
		"print('a:')": false, "else:": true, "x = 1": false,
	} {
		if got := opensBlock(line); got != want {
			t.Errorf("opensBlock(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestREPLInterrupt delivers Ctrl-C while a compound statement is being
// typed: the partial statement is dropped, "KeyboardInterrupt" printed,
// and the session reads a fresh statement.
func TestREPLInterrupt(t *testing.T) {
	it := newInterpreter([]string{""}, ".", false)
	var out, errs bytes.Buffer
	it.VM.Stdout = bufio.NewWriter(&out)
	// Both channels are unbuffered, so each send completes only once the
	// session has taken it: the interrupt is seen before the next line
	// (with a buffered signal channel the session's select could take
	// the line first and wait forever).
	lines := make(chan replLine)
	sig := make(chan os.Signal)
	s := &replSession{it: it, main: mainDict(it), lines: lines, prompts: &errs, interrupts: sig}
	done := make(chan string)
	go func() {
		src, _ := s.readStatement()
		done <- src
	}()
	lines <- replLine{text: "if True:"}
	sig <- os.Interrupt
	lines <- replLine{text: "40 + 2"}
	src := <-done
	if src != "40 + 2\n" {
		t.Errorf("statement after the interrupt = %q, want %q", src, "40 + 2\n")
	}
	if want := ">>> ... \nKeyboardInterrupt\n>>> "; errs.String() != want {
		t.Errorf("prompts %q, want %q", errs.String(), want)
	}
	if status, exit := s.run(src); exit || status != 0 {
		t.Errorf("run: status %d exit %v", status, exit)
	}
	it.VM.Flush()
	if out.String() != "42\n" {
		t.Errorf("stdout %q, want %q", out.String(), "42\n")
	}
}
