package builtins

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// superObj is super(type, obj): attribute lookup that starts after type
// in obj's MRO.
type superObj struct {
	objects.Header
	this    *objects.Type
	obj     value
	objType *objects.Type
}

var superType = objects.NewNativeType("super")

func init() {
	superType.New = func(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
		var this *objects.Type
		var obj value
		switch len(args) {
		case 0:
			var err error
			if this, obj, err = c.(*vm.Thread).SuperArgs(); err != nil {
				return value{}, err
			}
		case 2:
			this = objects.AsType(args[0])
			if this == nil {
				return value{}, objects.Errorf(objects.TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
			}
			obj = args[1]
		default:
			return value{}, objects.Errorf(objects.TypeErrorType, "super() takes 0 or 2 arguments")
		}
		objType := obj.Type()
		if t := objects.AsType(obj); t != nil && t.IsSubtype(this) {
			objType = t
		} else if !objType.IsSubtype(this) {
			return value{}, objects.Errorf(objects.TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
		}
		s := &superObj{this: this, obj: obj, objType: objType}
		objects.SetHeaderType(&s.Header, superType)
		return objects.FromHeader(&s.Header), nil
	}
	superType.GetAttr = func(c ctx, v value, name *objects.Str) (value, error) {
		s := (*superObj)(v.Ptr())
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.this {
			i++
		}
		for _, t := range mro[i+1:] {
			if r, ok := t.Dict.GetStr(name); ok {
				if g := r.Type().DescrGet; g != nil {
					inst := s.obj
					if s.objType == objects.AsType(s.obj) {
						inst = value{}
					}
					return g(c, r, inst, s.objType)
				}
				return r, nil
			}
		}
		return objects.GenericGetAttr(c, v, name)
	}
	superType.Repr = func(c ctx, v value) (string, error) {
		s := (*superObj)(v.Ptr())
		return "<super: <class '" + s.this.Name + "'>, <" + s.objType.Name + " object>>", nil
	}
}
