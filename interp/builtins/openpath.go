package builtins

import "github.com/weftrun/weft/interp/objects"

// openPathArg reads open()'s file argument the way CPython's io.open does:
// a str, a bytes path, or an os.PathLike whose __fspath__ returns one of
// those (pathlib.Path, DirEntry). The object type is checked on the class,
// so an instance attribute named __fspath__ does not count.
func openPathArg(c ctx, v value) (string, error) {
	if s := objects.AsStr(v); s != nil {
		return s.S, nil
	}
	if b := objects.AsBytes(v); b != nil {
		return string(b.B), nil
	}
	f, err := objects.GetAttr(c, v.Type().Value(), objects.Interned("__fspath__"))
	if err != nil {
		return "", objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	r, err := objects.Call(c, f, []value{v}, nil)
	if err != nil {
		return "", err
	}
	if s := objects.AsStr(r); s != nil {
		return s.S, nil
	}
	if b := objects.AsBytes(r); b != nil {
		return string(b.B), nil
	}
	return "", objects.Errorf(objects.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
}
