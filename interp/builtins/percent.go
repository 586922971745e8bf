package builtins

import (
	"math/big"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

// percentOperand adapts the right operand of str % x to pyfmt.
type percentOperand struct {
	c ctx
	v value
}

func (p percentOperand) Len() int {
	if t := objects.AsTuple(p.v); t != nil {
		return len(t.Items)
	}
	return -1
}

func (p percentOperand) Item(i int) any {
	if i < 0 {
		return p.v
	}
	return objects.AsTuple(p.v).Items[i]
}

func (p percentOperand) IsMapping() bool {
	t := p.v.Type()
	return t.GetItem != nil && objects.AsTuple(p.v) == nil && objects.AsStr(p.v) == nil
}

func (p percentOperand) Lookup(key string) (any, error) {
	return objects.GetItem(p.c, p.v, objects.StrValue(key))
}

type percentConv struct{ c ctx }

func (p percentConv) Str(v any) (string, error)   { return objects.ToStr(p.c, v.(value)) }
func (p percentConv) Repr(v any) (string, error)  { return objects.Repr(p.c, v.(value)) }
func (p percentConv) ASCII(v any) (string, error) { return objects.ASCII(p.c, v.(value)) }
func (p percentConv) Int(v any, index bool) (*big.Int, error) {
	x := v.(value)
	if objects.IsInt(x) {
		return objects.ToBig(x), nil
	}
	if index {
		if x.Type().Index == nil {
			return nil, nil
		}
		i, err := objects.IndexOf(p.c, x)
		return big.NewInt(i), err
	}
	if x.Type().Layout == objects.FloatType {
		f, _, _ := objects.ToFloat(x)
		b, err := pyfmt.FloatToInt(f)
		if err != nil {
			return nil, objects.Errorf(objects.OverflowErrorType, "cannot convert float infinity to integer")
		}
		return b, nil
	}
	if _, ok := x.Type().LookupString("__int__"); ok {
		r, err := intFromArgs(p.c, x, value{})
		if err != nil {
			return nil, err
		}
		return objects.ToBig(r), nil
	}
	return nil, nil
}
func (p percentConv) Float(v any) (float64, error) {
	r, err := toFloat(p.c, v.(value))
	if err != nil {
		if e, ok := err.(*objects.Exception); ok && e.Matches(objects.ValueErrorType) || objects.AsStr(v.(value)) != nil {
			return 0, objects.Errorf(objects.TypeErrorType, "must be real number, not %s", v.(value).Type().Name)
		}
		return 0, err
	}
	f, _, _ := objects.ToFloat(r)
	return f, nil
}
func (p percentConv) Char(v any) (string, *big.Int, error) {
	x := v.(value)
	if s := objects.AsStr(x); s != nil {
		return s.S, nil, nil
	}
	if objects.IsInt(x) {
		return "", objects.ToBig(x), nil
	}
	return "", nil, nil
}
func (p percentConv) ExactInt(v any) (*big.Int, bool) {
	x := v.(value)
	if objects.IsInt(x) {
		return objects.ToBig(x), true
	}
	return nil, false
}
func (p percentConv) TypeName(v any) string { return v.(value).Type().Name }

func strPercent(c ctx, a, b value) (value, error) {
	s := objects.AsStr(a)
	if s == nil {
		return objects.NotImplemented, nil
	}
	r, err := pyfmt.Percent(s.S, percentOperand{c, b}, percentConv{c})
	if err != nil {
		return value{}, pyErr(err)
	}
	return objects.StrValue(r), nil
}

func init() {
	objects.StrType.Binary[objects.OpMod] = strPercent
}
