package vm

import (
	"strings"

	"github.com/weftrun/weft/interp/objects"
)

// posOnlyAsKeyword is CPython's error for positional-only parameters
// passed by keyword: every such parameter is named, in parameter order.
func posOnlyAsKeyword(code *objects.Code, name string, kwnames []string) error {
	var bad []string
	for j := 0; j < code.PosOnlyCount; j++ {
		for _, kw := range kwnames {
			if kw == code.VarNames[j] {
				bad = append(bad, kw)
				break
			}
		}
	}
	return objects.Errorf(objects.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(bad, ", "))
}

// functionStr is how CPython names a callable in call errors
// (_PyObject_FunctionStr): "module.qualname()" for functions outside
// builtins, "qualname()" for builtins, else the type's name.
func functionStr(t *Thread, fn objects.Value) string {
	q, err := objects.GetAttr(t, fn, objects.Interned("__qualname__"))
	if err != nil || objects.AsStr(q) == nil {
		return fn.Type().Name + " object"
	}
	qual := objects.AsStr(q).S
	m, err := objects.GetAttr(t, fn, objects.Interned("__module__"))
	if err == nil {
		if ms := objects.AsStr(m); ms != nil && ms.S != "builtins" {
			return ms.S + "." + qual + "()"
		}
	}
	return qual + "()"
}

// callExArgsError is the error for a call whose *args is not iterable
// or whose **kwargs is not a mapping: CPython names the function.
func callExArgsError(t *Thread, fn, operand objects.Value, star2 bool) error {
	if star2 {
		return objects.Errorf(objects.TypeErrorType, "%s argument after ** must be a mapping, not %s", functionStr(t, fn), operand.Type().Name)
	}
	return objects.Errorf(objects.TypeErrorType, "%s argument after * must be an iterable, not %s", functionStr(t, fn), operand.Type().Name)
}

// callExArgs converts the x of f(*x) (CALL_EX receives it unconverted
// when it is the only positional argument) to the argument slice.
func callExArgs(t *Thread, fn, x objects.Value) ([]objects.Value, error) {
	if x.Type().Iter == nil {
		if _, ok := x.Type().LookupString("__iter__"); !ok {
			if _, ok := x.Type().LookupString("__getitem__"); !ok {
				return nil, callExArgsError(t, fn, x, false)
			}
		}
	}
	return objects.ToSlice(t, x)
}

// dictMerge is DICT_MERGE: the ** operand of a call joins the keyword
// dict; a non-mapping or a keyword given twice is CPython's TypeError
// naming the function.
func (t *Thread) dictMerge(fr *Frame, depth int) error {
	slots := fr.slots
	sp := fr.sp
	m := slots[sp-1]
	d := objects.AsDict(slots[sp-1-depth])
	fn := slots[sp-1-depth-2]
	var keys, vals []objects.Value
	if md := objects.AsDict(m); md != nil {
		keys, vals = md.Items()
	} else {
		if _, ok := m.Type().LookupString("keys"); !ok {
			return callExArgsError(t, fn, m, true)
		}
		tmp := objects.NewDict()
		if err := dictMerge(t, tmp, m); err != nil {
			return err
		}
		keys, vals = tmp.Items()
	}
	for i, k := range keys {
		if _, dup, err := d.GetItem(t, k); err != nil {
			return err
		} else if dup {
			if s := objects.AsStr(k); s != nil {
				return objects.Errorf(objects.TypeErrorType, "%s got multiple values for keyword argument '%s'", functionStr(t, fn), s.S)
			}
			return objects.Errorf(objects.TypeErrorType, "%s keywords must be strings", functionStr(t, fn))
		}
		if err := d.SetItem(t, k, vals[i]); err != nil {
			return err
		}
	}
	slots[sp-1] = objects.Value{}
	fr.sp--
	return nil
}
