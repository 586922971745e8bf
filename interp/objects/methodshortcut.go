package objects

// MethodShortcutSafe reports whether tp's instances look attributes up the
// way object.__getattribute__ does as far as methods are concerned: a
// function or method descriptor found in the MRO is the attribute unless
// the instance dict shadows it. LOAD_METHOD then pushes the unbound method
// and self instead of allocating a bound method on every call, and caches
// the lookup per call site.
//
// object's own __getattribute__ qualifies. So does a built-in type's Go
// GetAttr that is marked GetAttrDefersMethods: such a GetAttr serves a few
// data attributes by name (deque.maxlen, range.start) and then calls
// GenericGetAttr, so for a method name it gives what the shortcut gives.
// Without the mark every method call on those types (d.append(x) on a
// deque) went through GetAttr and a fresh bound method, about ten times
// the cost of list.append.
//
// The __getattribute__ that counts is the first one in the MRO: a Python
// subclass that defines its own is never shortcut, even over a marked base.
func MethodShortcutSafe(tp *Type) bool {
	getattributeStr := Interned("__getattribute__")
	og, _ := ObjectType.Dict.GetStr(getattributeStr)
	for _, m := range tp.MRO {
		ga, ok := m.Dict.GetStr(getattributeStr)
		if !ok {
			continue
		}
		return ga.Is(og) || m.GetAttrDefersMethods
	}
	return true
}
