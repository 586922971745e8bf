package pyfmt

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/weftrun/weft/interp/pystr"
)

// The percent vectors carry typed arguments; testObj models the few Python
// types they use and testConv converts them as CPython would.

type testNone struct{}

// decodeArg turns {"int": "0x..."} etc. into a Go value standing for the object.
func decodeArg(m map[string]json.RawMessage) any {
	for k, raw := range m {
		switch k {
		case "int":
			return argBig(raw)
		case "float":
			return argFloat(raw)
		case "str":
			return argString(raw)
		case "bool":
			var b bool
			json.Unmarshal(raw, &b)
			return b
		case "none":
			return testNone{}
		case "tuple":
			return decodeTuple(raw)
		}
	}
	panic(fmt.Sprint("bad arg ", m))
}

func decodeTuple(raw json.RawMessage) []any {
	var items []map[string]json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		panic(err)
	}
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = decodeArg(it)
	}
	return out
}

// testArgs is a PercentArgs over a tuple, a single value or a dict of str.
type testArgs struct {
	tuple  []any
	single any
	dict   map[string]any
}

func (a *testArgs) Len() int {
	if a.tuple != nil {
		return len(a.tuple)
	}
	return -1
}

func (a *testArgs) Item(i int) any {
	switch {
	case a.tuple != nil:
		return a.tuple[i]
	case a.dict != nil:
		return a.dict
	}
	return a.single
}

func (a *testArgs) IsMapping() bool { return a.dict != nil }

func (a *testArgs) Lookup(key string) (any, error) {
	v, ok := a.dict[key]
	if !ok {
		return nil, &Error{Class: "KeyError", Msg: pystr.Repr(key)}
	}
	return v, nil
}

type testConv struct{}

func (testConv) Str(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return testConv{}.Repr(v)
}

func (testConv) Repr(v any) (string, error) {
	switch v := v.(type) {
	case *big.Int:
		return v.String(), nil
	case float64:
		return FloatRepr(v), nil
	case string:
		return pystr.Repr(v), nil
	case bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case testNone:
		return "None", nil
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i], _ = testConv{}.Repr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)", nil
		}
		return "(" + strings.Join(parts, ", ") + ")", nil
	case map[string]any:
		return "{...}", nil
	}
	panic(v)
}

func (testConv) ASCII(v any) (string, error) {
	if s, ok := v.(string); ok {
		return pystr.ASCII(s), nil
	}
	return testConv{}.Repr(v)
}

func (testConv) Int(v any, index bool) (*big.Int, error) {
	switch v := v.(type) {
	case *big.Int:
		return v, nil
	case bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case float64:
		if index {
			return nil, nil
		}
		return FloatToInt(v)
	}
	return nil, nil
}

func (testConv) Float(v any) (float64, error) {
	switch v := v.(type) {
	case float64:
		return v, nil
	case *big.Int:
		return IntToFloat(v)
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return math.NaN(), &Error{Class: "TypeError", Msg: "must be real number, not " + testConv{}.TypeName(v)}
}

func (testConv) Char(v any) (string, *big.Int, error) {
	switch v := v.(type) {
	case string:
		return v, nil, nil
	case *big.Int:
		return "", v, nil
	}
	return "", nil, nil
}

func (testConv) ExactInt(v any) (*big.Int, bool) {
	n, ok := v.(*big.Int)
	return n, ok
}

func (testConv) TypeName(v any) string {
	switch v.(type) {
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case bool:
		return "bool"
	case testNone:
		return "NoneType"
	case []any:
		return "tuple"
	}
	return "dict"
}

func init() {
	vectorOps["percent"] = func(in []json.RawMessage) (string, error) {
		var operand map[string]json.RawMessage
		if err := json.Unmarshal(in[1], &operand); err != nil {
			panic(err)
		}
		args := &testArgs{}
		switch {
		case operand["tuple"] != nil:
			args.tuple = decodeTuple(operand["tuple"])
			if args.tuple == nil {
				args.tuple = []any{}
			}
		case operand["single"] != nil:
			var m map[string]json.RawMessage
			json.Unmarshal(operand["single"], &m)
			args.single = decodeArg(m)
		default:
			var m map[string]json.RawMessage
			json.Unmarshal(operand["map"], &m)
			args.dict = map[string]any{}
			for k, raw := range m {
				var x any
				json.Unmarshal(raw, &x)
				switch x := x.(type) {
				case string:
					args.dict[k] = x
				case float64:
					args.dict[k] = big.NewInt(int64(x))
				}
			}
		}
		return Percent(argString(in[0]), args, testConv{})
	}
}
