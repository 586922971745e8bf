package builtins

import "github.com/weftrun/weft/interp/objects"

// installSliceMethods exposes a slice's start, stop and step as read-only
// descriptors, so that they show in dir(slice) as in CPython
// (slice.indices lives with the arbitrary-precision slice arithmetic in
// objects/sliceattrs.go).
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
}
