package builtins

import "github.com/weftrun/weft/interp/objects"

// userDivmod dispatches divmod(a, b) to a Python class's __divmod__ or
// __rdivmod__ with the binary-operator protocol's rules: the reflected
// method of b runs first when b's type is a proper subclass of a's, and
// NotImplemented passes the turn. ok is false when neither operand's
// class defines the method (or both declined), leaving the built-in
// number types to floor division and modulo.
func userDivmod(c ctx, a, b value) (value, bool, error) {
	ta, tb := a.Type(), b.Type()
	if ta.Builtin && tb.Builtin {
		return value{}, false, nil
	}
	type attempt struct {
		self, other value
		name        string
	}
	tries := []attempt{{a, b, "__divmod__"}, {b, a, "__rdivmod__"}}
	if ta == tb {
		tries = tries[:1]
	} else if tb.IsSubtype(ta) {
		tries[0], tries[1] = tries[1], tries[0]
	}
	for _, t := range tries {
		f, found := t.self.Type().LookupString(t.name)
		if !found || f.IsNone() || objects.AsBuiltin(f) != nil {
			continue
		}
		r, err := c.Call(f, []value{t.self, t.other}, nil)
		if err != nil {
			return value{}, false, err
		}
		if !r.IsNotImplemented() {
			return r, true, nil
		}
	}
	return value{}, false, nil
}
