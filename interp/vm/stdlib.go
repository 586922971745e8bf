package vm

import (
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/lib"
	"github.com/weftrun/weft/interp/objects"
)

// StdlibDir is the sys.path entry that stands for the Python standard
// modules compiled into the binary (package lib). It plays the part of
// CPython's Lib/ directory: interp.New appends it after the script
// directory and PYTHONPATH, so a user's own functools.py shadows the
// embedded one exactly as it would shadow CPython's, and removing the entry
// from sys.path hides the embedded modules. Module files under it get
// __file__ values such as "<weft>/lib/functools.py": the angle brackets
// mark a name that is not on the host file system.
const StdlibDir = "<weft>/lib"

// stdlibCode caches the compiled code of each embedded module by file
// name. The sources are constant for the life of the process and code
// objects are immutable once built, so every interpreter (and every
// thread) shares one compilation: importing functools in a second
// interpreter costs a module execution, not a parse and a compile.
var stdlibCode sync.Map // file name in lib.FS -> *stdlibEntry

// stdlibEntry compiles one embedded file at most once; concurrent first
// imports wait for the same compilation.
type stdlibEntry struct {
	once    sync.Once
	src     string
	code    *objects.Code
	readErr error // the file could not be read (an ImportError)
	err     error // the file does not compile (a SyntaxError)
}

// findStdlib looks module base (the last component of its dotted name) up
// under dir of lib.FS ("" for the top level): a package directory with
// __init__.py wins over a plain .py file, as on a real sys.path entry. It
// returns the file's path in lib.FS and, for a package, the package's
// directory in lib.FS.
func findStdlib(dir, base string) (file, pkgDir string, ok bool) {
	pkg := path.Join(dir, base)
	if st, err := fs.Stat(lib.FS, path.Join(pkg, "__init__.py")); err == nil && !st.IsDir() {
		return path.Join(pkg, "__init__.py"), pkg, true
	}
	f := path.Join(dir, base+".py")
	if st, err := fs.Stat(lib.FS, f); err == nil && !st.IsDir() {
		return f, "", true
	}
	return "", "", false
}

// stdlibRel reports whether dir (a sys.path entry or a package's __path__
// element) names a directory of the embedded standard library, and its
// path relative to lib.FS's root.
func stdlibRel(dir string) (string, bool) {
	if dir == StdlibDir {
		return "", true
	}
	if rel, ok := strings.CutPrefix(dir, StdlibDir+"/"); ok {
		return rel, true
	}
	return "", false
}

// loadStdlib executes the embedded file (a path in lib.FS) as module name.
func (t *Thread) loadStdlib(name, file, pkgDir string) (objects.Value, error) {
	e, _ := stdlibCode.LoadOrStore(file, &stdlibEntry{})
	ent := e.(*stdlibEntry)
	ent.once.Do(func() {
		b, err := lib.FS.ReadFile(file)
		if err != nil {
			ent.readErr = err
			return
		}
		ent.src = string(b)
		ent.code, ent.err = compile.Compile(ent.src, StdlibDir+"/"+file, compile.Exec)
	})
	hostName := StdlibDir + "/" + file
	if ent.readErr != nil {
		return objects.Value{}, objects.Errorf(objects.ImportErrorType, "%v", ent.readErr)
	}
	if ent.err != nil {
		return objects.Value{}, t.interp.SyntaxErrorValue(ent.err)
	}
	// Tracebacks through the embedded modules quote their lines.
	t.interp.sources.Store(hostName, ent.src)
	dir := ""
	if pkgDir != "" {
		dir = StdlibDir + "/" + pkgDir
	}
	return t.execModule(name, hostName, dir, ent.code)
}
