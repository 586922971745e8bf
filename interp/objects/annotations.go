package objects

import "sync"

// annotationState is a function's __annotate__ and, once computed, its
// __annotations__ dict.
//
// Functions are shared between carriers, so both fields sit behind a
// mutex (a torn Value would be memory-unsafe). The mutex is never held
// while Python code runs: __annotate__ is called outside it, and when two
// threads compute the dict at once the first one published wins, so every
// reader sees the same dict, as in CPython.
type annotationState struct {
	mu       sync.Mutex
	annotate Value
	dict     *Dict
}

func (s *annotationState) get() (Value, *Dict) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.annotate, s.dict
}

// publish stores d when no dict is cached yet (or always, when replace),
// and returns the cached one.
func (s *annotationState) publish(d *Dict, replace bool) *Dict {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dict == nil || replace {
		s.dict = d
	}
	return s.dict
}

// SetAnnotations installs an already evaluated annotations dict (a def in
// a class body, whose annotations are evaluated when the def runs).
func (f *Function) SetAnnotations(d *Dict) { f.annotations.publish(d, true) }

// SetAnnotate installs f's __annotate__ function and drops any cached
// annotations (None removes it).
func (f *Function) SetAnnotate(fn Value) {
	f.annotations.mu.Lock()
	f.annotations.annotate, f.annotations.dict = fn, nil
	f.annotations.mu.Unlock()
}

// AnnotateValue is f.__annotate__: the function or None.
func (f *Function) AnnotateValue() Value {
	fn, _ := f.annotations.get()
	if fn.IsNil() {
		return None
	}
	return fn
}

// Annotations is f.__annotations__: the cached dict, else the result of
// calling f.__annotate__(1) (PEP 649's VALUE format), else a new empty
// dict; whichever is computed first is kept.
func (f *Function) Annotations(ctx Ctx) (Value, error) {
	fn, d := f.annotations.get()
	if d != nil {
		return d.Value(), nil
	}
	if fn.IsNil() || fn.IsNone() {
		return f.annotations.publish(NewDict(), false).Value(), nil
	}
	r, err := ctx.Call(fn, []Value{Int(1)}, nil)
	if err != nil {
		return Value{}, err
	}
	if d = AsDict(r); d == nil {
		return Value{}, Errorf(TypeErrorType, "__annotate__ returned non-dict of type '%s'", r.Type().Name)
	}
	return f.annotations.publish(d, false).Value(), nil
}

// setAnnotationAttr assigns __annotations__ (a dict, or None to reset it)
// or __annotate__ (a function or None; either drops the cache).
func (f *Function) setAnnotationAttr(name string, val Value) error {
	if name == "__annotate__" {
		if !val.IsNone() && val.Type().Call == nil && AsFunction(val) == nil {
			return Errorf(TypeErrorType, "__annotate__ must be callable or None")
		}
		f.SetAnnotate(val)
		return nil
	}
	if val.IsNone() {
		f.annotations.publish(nil, true)
		return nil
	}
	d := AsDict(val)
	if d == nil {
		return Errorf(TypeErrorType, "__annotations__ must be set to a dict object")
	}
	f.annotations.publish(d, true)
	return nil
}
