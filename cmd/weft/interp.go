package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// interpreterMain runs the Python interpreter with python3's command line:
// weft [-u] [-X opt] [-c cmd | -m mod | file | -] [arg] ...
func interpreterMain(args []string) int {
	unbuffered := false
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		switch {
		case a == "-V" || a == "--version":
			fmt.Println(version)
			return 0
		case a == "-h" || a == "--help":
			fmt.Print(help)
			return 0
		case a == "-u":
			unbuffered = true
		case a == "-X":
			i++
			if i >= len(args) {
				return usageError("Argument expected for the -X option")
			}
			if err := xOption(args[i]); err != nil {
				return usageError(err.Error())
			}
		case strings.HasPrefix(a, "-X"):
			if err := xOption(a[2:]); err != nil {
				return usageError(err.Error())
			}
		case a == "-c":
			if i+1 >= len(args) {
				return usageError("Argument expected for the -c option")
			}
			argv := append([]string{"-c"}, args[i+2:]...)
			return runSource(args[i+1], "<string>", argv, ".", unbuffered)
		case a == "-m":
			if i+1 >= len(args) {
				return usageError("Argument expected for the -m option")
			}
			return runModule(args[i+1], args[i+2:], unbuffered)
		case a == "-B" || a == "-E" || a == "-s" || a == "-S" || a == "-O" || a == "-I" || a == "-q":
		default:
			return usageError("Unknown option: " + a)
		}
	}
	if i >= len(args) || args[i] == "-" {
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		argv := []string{""}
		if i < len(args) {
			argv = append([]string{"-"}, args[i+1:]...)
		}
		return runSource(string(src), "<stdin>", argv, ".", unbuffered)
	}
	path := args[i]
	src, err := os.ReadFile(path)
	if err != nil {
		abs, _ := filepath.Abs(path)
		fmt.Fprintf(os.Stderr, "%s: can't open file %s: [Errno 2] No such file or directory\n", os.Args[0], quote(abs))
		return 2
	}
	return runSource(string(src), path, args[i:], filepath.Dir(path), unbuffered)
}

func quote(s string) string { return "'" + s + "'" }

func usageError(msg string) int {
	fmt.Fprintln(os.Stderr, msg)
	usage()
	return 2
}

func runSource(src, filename string, argv []string, dir string, unbuffered bool) int {
	if dir == "" {
		dir = "."
	}
	it := interp.New(argv, dir)
	it.VM.Unbuffered = unbuffered
	return it.RunSource(src, filename)
}

// runModule implements -m: py_compile is built in (compile only); any
// other module is found on the path as NAME.py and run as __main__.
func runModule(name string, rest []string, unbuffered bool) int {
	if name == "py_compile" {
		status := 0
		for _, f := range rest {
			src, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintf(os.Stderr, "[Errno 2] No such file or directory: %s\n", quote(f))
				status = 1
				continue
			}
			if _, err := compile.Compile(string(src), f, compile.Exec); err != nil {
				it := interp.New([]string{f}, ".")
				fmt.Fprint(os.Stderr, it.VM.FormatException(it.Main, asExc(it, err)))
				status = 1
			}
		}
		return status
	}
	path := strings.ReplaceAll(name, ".", string(filepath.Separator)) + ".py"
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: No module named %s\n", os.Args[0], name)
		return 1
	}
	abs, _ := filepath.Abs(path)
	return runSource(string(src), abs, append([]string{abs}, rest...), ".", unbuffered)
}

func asExc(it *interp.Interpreter, err error) *objects.Exception {
	return it.VM.SyntaxErrorValue(err).(*objects.Exception)
}
