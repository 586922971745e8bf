package vm

import "github.com/weftrun/weft/interp/objects"

// getAwaitable implements GET_AWAITABLE, the first half of "await x":
// the iterator that the following yield-from loop drives. weft's
// coroutines are generator frames (of class coroutine), so they are
// their own iterator; any other object must define __await__
// returning an iterator (asyncio's Future, a hand-written awaitable). A
// plain generator is refused as in CPython, where only coroutines and
// @types.coroutine generators are awaitable.
func getAwaitable(t *Thread, v objects.Value) (objects.Value, error) {
	if g := asGenerator(v); g != nil {
		if v.Type() == CoroutineType {
			return v, nil
		}
		return objects.Value{}, objects.Errorf(objects.TypeErrorType, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	aw, ok := v.Type().LookupString("__await__")
	if !ok {
		return objects.Value{}, objects.Errorf(objects.TypeErrorType, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	it, err := t.Call(aw, []objects.Value{v}, nil)
	if err != nil {
		return objects.Value{}, err
	}
	if asGenerator(it) == nil && it.Type().Next == nil {
		return objects.Value{}, objects.Errorf(objects.TypeErrorType, "__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}
