package objects

import "fmt"

// NewImportError makes an ImportError (or subclass t) whose name and path
// attributes say which module failed and where, as the import system sets
// them: code such as "except ImportError as e: if e.name == 'x'" relies
// on them. path may be empty (no file).
func NewImportError(t *Type, name, path string, format string, a ...any) *Exception {
	e := NewException(t, StrValue(fmt.Sprintf(format, a...)))
	e.Dict.SetStr(Interned("name"), StrValue(name))
	if path != "" {
		e.Dict.SetStr(Interned("path"), StrValue(path))
	}
	return e
}

// importErrorAttr supplies ImportError's msg, name and path when they
// were never set: msg is the single argument, the others None.
func importErrorAttr(e *Exception, name string) (Value, bool) {
	if !e.typ.IsSubtype(ImportErrorType) {
		return Value{}, false
	}
	switch name {
	case "name", "path", "msg":
	default:
		return Value{}, false
	}
	if e.Dict != nil {
		if v, ok := e.Dict.GetStr(Interned(name)); ok {
			return v, true
		}
	}
	if name == "msg" && e.Args != nil && len(e.Args.Items) == 1 {
		return e.Args.Items[0], true
	}
	return None, true
}

// initImportError gives ImportError and ModuleNotFoundError their
// keyword-only name and path arguments: ImportError(msg, name=..., path=...).
// Both types copied BaseException's Init slot when they were made, so
// both are replaced.
func initImportError() {
	init := func(ctx Ctx, self Value, args []Value, kw []string) error {
		e := AsException(self)
		if e == nil {
			return nil
		}
		npos := len(args) - len(kw)
		e.Args = NewTuple(append([]Value(nil), args[:npos]...))
		for i, k := range kw {
			if k != "name" && k != "path" {
				return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, e.typ.Name)
			}
			if e.Dict != nil {
				e.Dict.SetStr(Interned(k), args[npos+i])
			}
		}
		return nil
	}
	ImportErrorType.Init = init
	ModuleNotFoundErrorType.Init = init
}
