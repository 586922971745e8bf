package objects

// Built-in iterators backed by a Python generator.
//
// map(f, xs) with a Python f, filter, zip and enumerate over Python-driven
// iterables are computed by Python code (the builtins package's
// stackless.py), so that every call of f and every step of a Python
// iterator runs as a frame of the eval loop and may park without pinning.
// That code is a generator; handing it out as the result would make
// type(map(f, xs)) the generator type. Instead the result is the
// built-in's own iterator object (a map object, a filter object ...) whose
// IterHeader.Gen is that generator:
//
//   - the eval loop (FOR_ITER, and the stackless built-ins that consume
//     iterables) resumes Gen as a frame, exactly as it resumes a generator;
//   - Go code calling the iterator's Next slot (next(), a Go consumer)
//     drives Gen from Go: a counted native re-entry, as for any generator
//     resumed from Go.
//
// Gen is set when the object is made and never changes, so readers need no
// lock. The types whose instances start with an IterHeader register
// themselves once, at package initialisation, before any reader runs.

// IterHeader is the first field of every instance of a registered lazy
// built-in iterator type. Gen is the generator producing its items, or
// the nil Value for one computed by Go.
type IterHeader struct {
	Header
	Gen Value
}

// iterHeaderTypes lists the registered types; a handful, written only
// during initialisation.
var iterHeaderTypes []*Type

// RegisterIterHeaderType declares that every instance of t starts with an
// IterHeader. It must be called during initialisation.
func RegisterIterHeaderType(t *Type) { iterHeaderTypes = append(iterHeaderTypes, t) }

// IterGenerator returns the generator behind v, a built-in iterator made
// from Python code, or the nil Value when v is anything else.
func IterGenerator(v Value) Value {
	t := v.Type()
	for _, x := range iterHeaderTypes {
		if x == t {
			return as[IterHeader](v).Gen
		}
	}
	return Value{}
}
