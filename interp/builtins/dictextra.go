package builtins

import "github.com/weftrun/weft/interp/objects"

// asDictView returns the dict view in v, or nil.
func asDictView(v value) *dictView {
	for _, t := range dictViewTypes {
		if v.Type() == t {
			return self[dictView](v)
		}
	}
	return nil
}

// installDictExtras adds the dict view's mapping attribute (a read-only
// proxy of the dict) and dict's |= operator, which accepts anything
// dict.update does (a mapping or an iterable of pairs), unlike |.
func installDictExtras() {
	for _, t := range dictViewTypes {
		t.SetAttrValue("mapping", newProperty(objects.NewBuiltin("mapping", func(c ctx, args []value, kw []string) (value, error) {
			return objects.NewMappingProxy(self[dictView](args[0]).d), nil
		}, nil).Value(), objects.None, objects.None, objects.None))
	}
	installViewIsDisjoint(dictViewTypes[0])
	installViewIsDisjoint(dictViewTypes[2])
	update, _ := objects.DictType.LookupString("update")
	objects.DictType.InPlace[objects.OpOr] = func(c ctx, a, b value) (value, error) {
		if _, err := c.Call(update, []value{a, b}, nil); err != nil {
			return value{}, err
		}
		return a, nil
	}
}

// installViewIsDisjoint adds isdisjoint to the set-like views (keys and
// items): true when no element of the iterable is in the view.
func installViewIsDisjoint(t *objects.Type) {
	t.SetMethod("isdisjoint", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity(t.Name, "isdisjoint", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		other, err := objects.ToSlice(c, args[1])
		if err != nil {
			return value{}, err
		}
		for _, x := range other {
			in, err := objects.Contains(c, args[0], x)
			if err != nil {
				return value{}, err
			}
			if in {
				return objects.False, nil
			}
		}
		return objects.True, nil
	})
}
