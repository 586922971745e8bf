package main

import (
	"fmt"
	"os"

	"github.com/weftrun/weft/bench"
)

func init() { tools["bench"] = benchMain }

// benchMain implements `weft bench [SUITE|all]`: with no argument it lists
// the suites, with a name it runs that suite, with "all" every suite, each
// printing one table headed by the machine's description.
func benchMain(args []string) int {
	if len(args) == 0 {
		fmt.Println("usage: weft bench SUITE|all\nsuites:")
		for _, s := range bench.Suites {
			fmt.Printf("  %-10s %s\n", s.Name, s.Doc)
		}
		return 0
	}
	if len(args) > 1 {
		fmt.Fprintln(os.Stderr, "weft bench: one suite name or \"all\" expected")
		return 2
	}
	suites := bench.Suites
	if args[0] != "all" {
		s, ok := bench.Lookup(args[0])
		if !ok {
			fmt.Fprintf(os.Stderr, "weft bench: no suite %q (run `weft bench` for the list)\n", args[0])
			return 2
		}
		suites = []*bench.Suite{s}
	}
	fmt.Println(bench.Header())
	for _, s := range suites {
		fmt.Println()
		bench.Print(os.Stdout, s)
	}
	return 0
}
