package vm

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// importName implements IMPORT_NAME: it returns the top-level package for
// "import a.b" (fromlist empty) and the named module otherwise.
func (t *Thread) importName(name string, fromlist, level objects.Value, globals *objects.Dict) (objects.Value, error) {
	lv, _ := objects.AsInt64(level)
	if lv > 0 {
		pkg := ""
		if p, ok := globals.GetStr(objects.Interned("__package__")); ok && objects.AsStr(p) != nil {
			pkg = objects.AsStr(p).S
		} else if n, ok := globals.GetStr(objects.Interned("__name__")); ok && objects.AsStr(n) != nil {
			pkg = objects.AsStr(n).S
			if _, isPkg := globals.GetStr(objects.Interned("__path__")); !isPkg {
				if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
			}
		}
		if pkg == "" {
			return objects.Value{}, objects.Errorf(objects.ImportErrorType, "attempted relative import with no known parent package")
		}
		for i := int64(1); i < lv; i++ {
			j := strings.LastIndexByte(pkg, '.')
			if j < 0 {
				return objects.Value{}, objects.Errorf(objects.ImportErrorType, "attempted relative import beyond top-level package")
			}
			pkg = pkg[:j]
		}
		if name == "" {
			name = pkg
		} else {
			name = pkg + "." + name
		}
	}
	parts := strings.Split(name, ".")
	var top, mod objects.Value
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m, err := t.Import(full)
		if err != nil {
			return objects.Value{}, err
		}
		if i == 0 {
			top = m
		} else {
			_ = objects.SetAttr(t, mod, objects.Interned(parts[i]), m)
		}
		mod = m
	}
	if hasFrom := !fromlist.IsNil() && !fromlist.IsNone(); hasFrom || lv > 0 {
		return mod, nil
	}
	return top, nil
}

// Import returns the module named name (absolute, dotted), loading it if
// needed: sys.modules, then Go-implemented modules, then sys.path.
func (t *Thread) Import(name string) (objects.Value, error) {
	in := t.interp
	if m, ok, _ := in.Modules.GetItem(t, objects.StrValue(name)); ok {
		return m, nil
	}
	if mk, ok := in.NativeModules[name]; ok {
		m, err := mk(in)
		if err != nil {
			return objects.Value{}, err
		}
		_ = in.Modules.SetItem(t, objects.StrValue(name), m.Value())
		return m.Value(), nil
	}
	var dirs []string
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, _, _ := in.Modules.GetItem(t, objects.StrValue(name[:i]))
		if pm := objects.AsModule(parent); pm != nil {
			if p, ok := pm.Dict.GetStr(objects.Interned("__path__")); ok {
				items, _ := objects.ToSlice(t, p)
				for _, it := range items {
					if s := objects.AsStr(it); s != nil {
						dirs = append(dirs, s.S)
					}
				}
			}
		}
	} else {
		for _, it := range in.Path.Snapshot() {
			if s := objects.AsStr(it); s != nil {
				dirs = append(dirs, s.S)
			}
		}
	}
	base := name[strings.LastIndexByte(name, '.')+1:]
	for _, d := range dirs {
		if rel, ok := stdlibRel(d); ok {
			if file, pkgDir, ok := findStdlib(rel, base); ok {
				return t.loadStdlib(name, file, pkgDir)
			}
			continue
		}
		if d == "" {
			d = "."
		}
		pkgInit := filepath.Join(d, base, "__init__.py")
		if st, err := os.Stat(pkgInit); err == nil && !st.IsDir() {
			return t.loadSource(name, pkgInit, filepath.Join(d, base))
		}
		file := filepath.Join(d, base+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			return t.loadSource(name, file, "")
		}
	}
	e := objects.NewImportError(objects.ModuleNotFoundErrorType, name, "", "No module named '%s'", name)
	return objects.Value{}, e
}

// loadSource executes a .py file as module name.
func (t *Thread) loadSource(name, file, pkgDir string) (objects.Value, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return objects.Value{}, objects.Errorf(objects.ImportErrorType, "%v", err)
	}
	t.interp.RememberSource(file, string(src))
	code, warnings, err := compile.CompileWarnings(string(src), file, compile.Exec)
	if err != nil {
		return objects.Value{}, t.interp.SyntaxErrorValue(err)
	}
	if err := t.ReportCompileWarnings(file, warnings); err != nil {
		return objects.Value{}, err
	}
	return t.execModule(name, file, pkgDir, code)
}

// execModule makes module name with the given __file__ (and, for a
// package, __path__ [pkgDir]), enters it in sys.modules and runs code in
// it. A module that fails is removed from sys.modules again, as CPython
// does; whatever the module left in sys.modules under its name (a module
// may replace itself) is what the import returns.
func (t *Thread) execModule(name, file, pkgDir string, code *objects.Code) (objects.Value, error) {
	m := objects.NewModule(name)
	m.Dict.SetStr(objects.Interned("__file__"), objects.StrValue(file))
	if pkgDir != "" {
		m.Dict.SetStr(objects.Interned("__path__"), objects.NewList([]objects.Value{objects.StrValue(pkgDir)}).Value())
		m.Dict.SetStr(objects.Interned("__package__"), objects.StrValue(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.Dict.SetStr(objects.Interned("__package__"), objects.StrValue(name[:i]))
	} else {
		m.Dict.SetStr(objects.Interned("__package__"), objects.StrValue(""))
	}
	m.Dict.SetStr(objects.Interned("__builtins__"), t.interp.Builtins.Value())
	key := objects.StrValue(name)
	_ = t.interp.Modules.SetItem(t, key, m.Value())
	if _, err := t.RunCode(code, m.Dict, m.Dict); err != nil {
		_, _ = t.interp.Modules.DelItem(t, key)
		return objects.Value{}, err
	}
	if v, ok, _ := t.interp.Modules.GetItem(t, key); ok {
		return v, nil
	}
	return m.Value(), nil
}

func (t *Thread) importFrom(mod objects.Value, name *objects.Str) (objects.Value, error) {
	v, err := objects.GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	if m := objects.AsModule(mod); m != nil {
		full := m.Name() + "." + name.S
		sub, err2 := t.Import(full)
		if err2 == nil {
			return sub, nil
		}
		// A submodule that exists but fails to import reports its own
		// error, not a misleading "cannot import name".
		if !objects.AsPyError(err2).Matches(objects.ModuleNotFoundErrorType) {
			return objects.Value{}, err2
		}
		path := moduleFile(m)
		if _, ok := m.Dict.GetStr(objects.Interned("__file__")); !ok {
			path = ""
		}
		e := objects.NewImportError(objects.ImportErrorType, m.Name(), path, "cannot import name '%s' from '%s' (%s)", name.S, m.Name(), moduleFile(m))
		return objects.Value{}, e
	}
	return objects.Value{}, err
}

func moduleFile(m *objects.Module) string {
	if f, ok := m.Dict.GetStr(objects.Interned("__file__")); ok && objects.AsStr(f) != nil {
		return objects.AsStr(f).S
	}
	return "unknown location"
}

func importStar(t *Thread, mod objects.Value, fr *Frame) error {
	m := objects.AsModule(mod)
	if m == nil {
		return objects.Errorf(objects.TypeErrorType, "import * needs a module")
	}
	target := fr.locals
	if target == nil {
		target = fr.globals
	}
	if all, ok := m.Dict.GetStr(objects.Interned("__all__")); ok {
		names, err := objects.ToSlice(t, all)
		if err != nil {
			return err
		}
		for _, n := range names {
			v, err := objects.GetAttr(t, mod, objects.AsStr(n))
			if err != nil {
				return err
			}
			if err := target.SetItem(t, n, v); err != nil {
				return err
			}
		}
		return nil
	}
	ks, vs := m.Dict.Items()
	for i, k := range ks {
		if s := objects.AsStr(k); s != nil && !strings.HasPrefix(s.S, "_") {
			if err := target.SetItem(t, k, vs[i]); err != nil {
				return err
			}
		}
	}
	return nil
}
