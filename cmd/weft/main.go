// Command weft is the weft Python interpreter. Its command line follows
// python3's (`weft script.py`, `-c`, `-m`, `-X`, ...); tools that are not part
// of python3's interface are subcommands whose name cannot be a script path
// because it has no ".py" suffix and is not a file: `weft bench NAME`.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// version is the Python language version weft implements, as `-V` prints it.
const version = "Python 3.12.0 (weft)"

func main() {
	tuneGC()
	status := run(os.Args[1:])
	stopProfiles()
	os.Exit(status)
}

// run dispatches to a tool subcommand or to the interpreter and returns the
// process exit status.
func run(args []string) int {
	if len(args) > 0 {
		if tool, ok := tools[args[0]]; ok {
			if !isScript(args[0]) {
				return tool(args[1:])
			}
		}
	}
	return interpreterMain(args)
}

// isScript reports whether python3 would run path as a script: a regular
// file, or a directory holding __main__.py. Only then does a file named like
// a tool ("bench") shadow the tool, so the repository's own bench/ package
// directory does not.
func isScript(path string) bool {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return true
	}
	fi, err := os.Stat(filepath.Join(path, "__main__.py"))
	return err == nil && fi.Mode().IsRegular()
}

// tools are the subcommands of weft that python3 does not have.
var tools = map[string]func(args []string) int{}

// usage prints the short usage line that follows a command-line error, as
// python3 does, to standard error.
func usage() {
	fmt.Fprintf(os.Stderr, "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `weft -h' for more information.\n")
}

// help is the text of -h: python3's options that weft implements, and the
// tool subcommands.
const help = `usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (python3-compatible):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-i     : inspect interactively after running script or -c; forces a prompt
         even if stdin does not appear to be a terminal
-q     : don't print the version message on interactive startup
-m mod : run library module as a script (terminates option list);
         -m py_compile FILE... compiles without running and reports SyntaxErrors
-u     : unbuffered binary stdout and stderr
-V     : print the Python version number and exit (also --version)
-X opt : implementation-specific option: -X procs=N sets the number of
         carriers, -X pinned reports each blocking call that pins its
         virtual thread (see docs/stackless.md), -X cpuprofile=FILE and
         -X memprofile=FILE write Go profiles; others are accepted
-B -E -I -O -s -S : accepted for compatibility, no effect
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Tools (not in python3):
weft bench            list the benchmark suites
weft bench NAME|all   run benchmark suites side by side with their peers
`
