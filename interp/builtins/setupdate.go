package builtins

import "github.com/weftrun/weft/interp/objects"

// installSetUpdates adds the in-place set algebra methods
// (intersection_update, difference_update, symmetric_difference_update),
// each taking any iterables as set's own operators do not, and makes
// frozenset.copy return the frozenset itself, as CPython does for an
// immutable value.
func installSetUpdates() {
	S := objects.SetType
	update := func(name string, op objects.BinaryOp, lo, hi int) {
		S.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if hi == 1 {
				if err := methodArity("set", name, args[1:], kw, lo, hi); err != nil {
					return value{}, err
				}
			} else if err := noKw(name, kw); err != nil {
				return value{}, err
			}
			self := objects.AsSet(args[0])
			acc := self
			for _, o := range args[1:] {
				s, err := toSet(c, o)
				if err != nil {
					return value{}, err
				}
				r, err := objects.SetOp(c, acc, s, op, false)
				if err != nil {
					return value{}, err
				}
				acc = objects.AsSet(r)
			}
			if acc == self {
				return objects.None, nil
			}
			// Compound, like CPython's free-threaded build: a concurrent
			// reader may see the set between the clear and the refill,
			// never a torn one.
			keys := acc.D.Keys()
			self.D.Clear()
			for _, k := range keys {
				if err := self.D.SetItem(c, k, objects.None); err != nil {
					return value{}, err
				}
			}
			return objects.None, nil
		})
	}
	update("intersection_update", objects.OpAnd, 0, 1<<30)
	update("difference_update", objects.OpSub, 0, 1<<30)
	update("symmetric_difference_update", objects.OpXor, 1, 1)

	objects.FrozenSetType.SetMethod("copy", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("frozenset", "copy", args[1:], kw, 0, 0); err != nil {
			return value{}, err
		}
		if args[0].Type() == objects.FrozenSetType {
			return args[0], nil
		}
		s, err := objects.NewSet(c, objects.AsSet(args[0]).D.Keys(), true)
		if err != nil {
			return value{}, err
		}
		return s.Value(), nil
	})
}
