package vm

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// SyntaxErrorValue converts a compile error into a Python SyntaxError
// exception carrying the location attributes.
func (in *Interp) SyntaxErrorValue(err error) error {
	se, ok := err.(*syntax.SyntaxError)
	if !ok {
		return objects.AsPyError(err)
	}
	t := objects.SyntaxErrorType
	switch se.Kind {
	case syntax.KindIndentationError:
		t = objects.IndentationErrorType
	case syntax.KindTabError:
		t = objects.TabErrorType
	case syntax.KindRecursionError:
		return objects.Errorf(objects.RecursionErrorType, "%s", se.Msg)
	}
	e := objects.NewException(t, objects.StrValue(se.Msg))
	e.Dict.SetStr(objects.Interned("msg"), objects.StrValue(se.Msg))
	e.Dict.SetStr(objects.Interned("filename"), objects.StrValue(se.Filename))
	e.Dict.SetStr(objects.Interned("lineno"), objects.Int(int64(se.Lineno)))
	e.Dict.SetStr(objects.Interned("offset"), objects.Int(int64(se.Offset)))
	e.Dict.SetStr(objects.Interned("text"), objects.StrValue(se.Text))
	syntaxErrors.Store(e, se)
	return e
}
