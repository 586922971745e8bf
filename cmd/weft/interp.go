package main

import (
	"fmt"
)

// interpreterMain runs the Python interpreter with python3's command line.
// The interpreter core is being built (see issue "Interpreter core"); until it
// lands only the informational options work.
func interpreterMain(args []string) int {
	if len(args) == 1 && (args[0] == "-V" || args[0] == "--version") {
		fmt.Println(version)
		return 0
	}
	usage()
	return 2
}
