// Command weft is the weft Python interpreter. Its command line follows
// python3's (`weft script.py`, `-c`, `-m`, `-X`, ...); tools that are not part
// of python3's interface are subcommands whose name cannot be a script path
// because it has no ".py" suffix and is not a file: `weft bench NAME`.
package main

import (
	"fmt"
	"os"
)

// version is the Python language version weft implements, as `-V` prints it.
const version = "Python 3.12.0 (weft)"

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches to a tool subcommand or to the interpreter and returns the
// process exit status.
func run(args []string) int {
	if len(args) > 0 {
		if tool, ok := tools[args[0]]; ok {
			if _, err := os.Stat(args[0]); err != nil { // a file of that name wins, as in python3
				return tool(args[1:])
			}
		}
	}
	return interpreterMain(args)
}

// tools are the subcommands of weft that python3 does not have.
var tools = map[string]func(args []string) int{}

func usage() {
	fmt.Fprintf(os.Stderr, "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n       weft bench [suite]\n")
}
