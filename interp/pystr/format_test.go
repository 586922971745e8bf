package pystr_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/weftrun/weft/interp/pyfmt"
	"github.com/weftrun/weft/interp/pystr"
)

// str.format vectors need format(value, spec), which lives in pyfmt (that
// imports pystr), hence this external test package.  The argument objects
// of the generator are modelled here: ints, floats, strs, a list, a dict and
// a types.SimpleNamespace.

type namespace map[string]any

type formatArgs struct {
	args   []any
	kwargs map[string]any
}

func typeName(v any) string {
	switch v.(type) {
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	case namespace:
		return "types.SimpleNamespace"
	}
	return "object"
}

func pyErr(class, msg string) error { return &pystr.Error{Class: class, Msg: msg} }

func (a *formatArgs) NumPositional() int {
	if a.args == nil {
		return -1
	}
	return len(a.args)
}

func (a *formatArgs) Positional(i int) any { return a.args[i] }

func (a *formatArgs) Keyword(name string) (any, error) {
	if v, ok := a.kwargs[name]; ok {
		return v, nil
	}
	return nil, pyErr("KeyError", pystr.Repr(name))
}

func (a *formatArgs) GetAttr(v any, name string) (any, error) {
	if ns, ok := v.(namespace); ok {
		if x, ok := ns[name]; ok {
			return x, nil
		}
	}
	return nil, pyErr("AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", typeName(v), name))
}

func (a *formatArgs) GetItem(v any, key any) (any, error) {
	switch v := v.(type) {
	case []any:
		i, ok := key.(int)
		if !ok {
			return nil, pyErr("TypeError", "list indices must be integers or slices, not str")
		}
		if i >= len(v) {
			return nil, pyErr("IndexError", "list index out of range")
		}
		return v[i], nil
	case map[string]any:
		k, _ := key.(string)
		if x, ok := v[k]; ok {
			return x, nil
		}
		return nil, pyErr("KeyError", pystr.Repr(k))
	}
	return nil, pyErr("TypeError", fmt.Sprintf("'%s' object is not subscriptable", typeName(v)))
}

func (a *formatArgs) Convert(v any, conv rune) (any, error) {
	var s string
	switch v := v.(type) {
	case *big.Int:
		s = v.String()
	case float64:
		s = pyfmt.FloatRepr(v)
	case string:
		switch conv {
		case 'r':
			return pystr.Repr(v), nil
		case 'a':
			return pystr.ASCII(v), nil
		}
		return v, nil
	default:
		return nil, fmt.Errorf("test model cannot convert %T", v)
	}
	return s, nil
}

func (a *formatArgs) Format(v any, spec string) (string, error) {
	switch v := v.(type) {
	case *big.Int:
		return pyfmt.FormatInt(v, spec)
	case float64:
		return pyfmt.FormatFloat(v, spec)
	case string:
		return pyfmt.FormatStr(v, spec)
	}
	return "", fmt.Errorf("test model cannot format %T", v)
}

// The generator's arguments: (7, "xé", [10, 20, 30], {"k": "v"}) and
// name="Bob", n=1234567, f=3.14159, w=10, p=2, t="e", ns=SimpleNamespace(a=1.5, b=[1, 2]).
func generatorArgs(formatMap bool) *formatArgs {
	kwargs := map[string]any{
		"name": "Bob", "n": big.NewInt(1234567), "f": 3.14159, "w": big.NewInt(10), "p": big.NewInt(2), "t": "e",
		"ns": namespace{"a": 1.5, "b": []any{big.NewInt(1), big.NewInt(2)}},
	}
	if formatMap {
		return &formatArgs{kwargs: kwargs}
	}
	return &formatArgs{
		args:   []any{big.NewInt(7), "xé", []any{big.NewInt(10), big.NewInt(20), big.NewInt(30)}, map[string]any{"k": "v"}},
		kwargs: kwargs,
	}
}

func TestFormatStringVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/ops.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var v struct {
			Op  string
			In  []string
			Out *string
			Err []string
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil || (v.Op != "format_call" && v.Op != "format_map") {
			continue
		}
		n++
		got, err := pystr.FormatString(v.In[0], generatorArgs(v.Op == "format_map"))
		if v.Err != nil {
			var pe *pystr.Error
			if !errors.As(err, &pe) || pe.Class != v.Err[0] || pe.Msg != v.Err[1] {
				t.Errorf("%s %q: want %s(%q), got %q, %v", v.Op, v.In[0], v.Err[0], v.Err[1], got, err)
			}
			continue
		}
		if err != nil || got != *v.Out {
			t.Errorf("%s %q: want %q, got %q, %v", v.Op, v.In[0], *v.Out, got, err)
		}
	}
	t.Logf("%d str.format vectors", n)
	if n < 50 {
		t.Fatalf("only %d str.format vectors", n)
	}
}
