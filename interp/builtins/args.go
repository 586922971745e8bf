// Package builtins implements Python's builtins module for weft.
package builtins

import (
	"github.com/weftrun/weft/interp/objects"
)

type (
	value = objects.Value
	ctx   = objects.Ctx
)

// parseArgs binds vectorcall arguments to named parameters: names lists
// the parameters, the first required of them are mandatory; keyword-only
// parameters follow a "*" entry. It produces CPython's messages.
func parseArgs(fname string, args []value, kwnames []string, required int, names ...string) ([]value, error) {
	out := make([]value, len(names))
	npos := len(args) - len(kwnames)
	maxPos := len(names)
	for i, n := range names {
		if n == "*" {
			maxPos = i
			break
		}
	}
	if npos > maxPos {
		if maxPos == required {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
		}
		return nil, objects.Errorf(objects.TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	copy(out, args[:npos])
	for i, kw := range kwnames {
		found := false
		for j, n := range names {
			if n == kw && n != "*" {
				if !out[j].IsNil() {
					return nil, objects.Errorf(objects.TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, kw, j+1)
				}
				out[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw)
		}
	}
	for i := 0; i < required && i < len(out); i++ {
		if out[i].IsNil() {
			if required == 1 && maxPos == 1 {
				return nil, objects.Errorf(objects.TypeErrorType, "%s() takes exactly one argument (0 given)", fname)
			}
			return nil, objects.Errorf(objects.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func noKw(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return objects.Errorf(objects.TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

func nargs(fname string, args []value, kwnames []string, lo, hi int) error {
	if err := noKw(fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	if n < lo || n > hi {
		switch {
		case lo == hi && lo == 1:
			return objects.Errorf(objects.TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
		case lo == hi:
			return objects.Errorf(objects.TypeErrorType, "%s expected %d arguments, got %d", fname, lo, n)
		case n < lo:
			return objects.Errorf(objects.TypeErrorType, "%s expected at least %d argument%s, got %d", fname, lo, plural(lo), n)
		}
		return objects.Errorf(objects.TypeErrorType, "%s expected at most %d argument%s, got %d", fname, hi, plural(hi), n)
	}
	return nil
}
