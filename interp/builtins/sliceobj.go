package builtins

import "github.com/weftrun/weft/interp/objects"

// installSliceMethods exposes a slice's start, stop and step (read-only)
// and slice.indices(length), the normalised (start, stop, step) that
// custom __getitem__ implementations use to honour slices.
func installSliceMethods() {
	T := objects.SliceType
	field := func(name string, get func(*objects.Slice) value) {
		T.SetAttrValue(name, newProperty(objects.NewBuiltin(name, func(c ctx, args []value, kw []string) (value, error) {
			return get(objects.AsSlice(args[0])), nil
		}, nil).Value(), objects.None, objects.None, objects.None))
	}
	field("start", func(s *objects.Slice) value { return s.Start })
	field("stop", func(s *objects.Slice) value { return s.Stop })
	field("step", func(s *objects.Slice) value { return s.Step })
	T.SetMethod("indices", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("slice", "indices", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		n, err := objects.IndexOf(c, args[1])
		if err != nil {
			return value{}, err
		}
		if n < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, err := objects.AsSlice(args[0]).Indices(c, int(n))
		if err != nil {
			return value{}, err
		}
		return objects.NewTuple([]value{objects.Int(int64(start)), objects.Int(int64(stop)), objects.Int(int64(step))}).Value(), nil
	})
}
