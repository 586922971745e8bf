package builtins

import (
	"math/big"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

// bytesPercentOperand is the right operand of bytes % x: mapping keys are
// bytes, and a bytes operand is a single value, not a mapping.
type bytesPercentOperand struct{ percentOperand }

func (p bytesPercentOperand) IsMapping() bool {
	_, isBytes := objects.BytesLike(p.v)
	return p.percentOperand.IsMapping() && !isBytes
}

func (p bytesPercentOperand) Lookup(key string) (any, error) {
	return objects.GetItem(p.c, p.v, objects.BytesValue([]byte(key)))
}

// bytesPercentConv adds %b/%s and %c for bytes to the str conversions.
type bytesPercentConv struct{ percentConv }

func (p bytesPercentConv) Bytes(v any) ([]byte, error) {
	x := v.(value)
	if b, ok := objects.BytesLike(x); ok {
		return b, nil
	}
	if f, ok := x.Type().LookupString("__bytes__"); ok {
		r, err := p.c.Call(f, []value{x}, nil)
		if err != nil {
			return nil, err
		}
		if b := objects.AsBytes(r); b != nil {
			return b.B, nil
		}
		return nil, objects.Errorf(objects.TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
	}
	return nil, objects.Errorf(objects.TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", x.Type().Name)
}

func (p bytesPercentConv) ByteChar(v any) ([]byte, *big.Int, error) {
	x := v.(value)
	if b, ok := objects.BytesLike(x); ok {
		return b, nil, nil
	}
	if objects.IsInt(x) {
		return nil, objects.ToBig(x), nil
	}
	return nil, nil, nil
}

func bytesPercent(c ctx, a, b value) (value, error) {
	p, ok := objects.BytesLike(a)
	if !ok {
		return objects.NotImplemented, nil
	}
	r, err := pyfmt.PercentBytes(p, bytesPercentOperand{percentOperand{c, b}}, bytesPercentConv{percentConv{c}})
	if err != nil {
		return value{}, pyErr(err)
	}
	return sameKind(a, r), nil
}

func init() {
	objects.BytesType.Binary[objects.OpMod] = bytesPercent
	objects.ByteArrayType.Binary[objects.OpMod] = bytesPercent
}
