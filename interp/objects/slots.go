package objects

import (
	"strings"
	"sync"

	"github.com/weftrun/weft/interp/pystr"
)

// __slots__.
//
// A class whose body sets __slots__ gets, for each slot name, a
// member_descriptor in its dict (an AttrDescr with a slot index), and its
// instances keep the slot values in a fixed array instead of an attribute
// dict: they have no __dict__ unless '__dict__' is one of the slots or a
// base has one, and assigning any other attribute fails with
// AttributeError. Slot indexes continue those of the base classes, so a
// subclass's descriptors and its bases' share one array.
//
// A class without __slots__ (or one listing '__dict__') whose bases give
// its instances no dict gets the `__dict__` and `__weakref__` attributes
// in its own namespace, as CPython's type_new adds them; dir() and
// vars(cls) show them.
//
// Instances with the plain object layout, and of str and float subclasses
// (strInstance, floatSub), have a slot array; an int subclass may only
// declare empty __slots__, as in CPython, where int is variable-sized. A
// subclass of a built-in container or of an exception that declares
// non-empty __slots__ keeps its attribute dict and the slot names live
// there: Go structs of those layouts have no room for them.

// slotValues is one instance's slot array; an unset slot is the nil
// Value. Instances are shared between carriers: writers serialise on the
// per-instance mutex (so "delete an unset slot" is checked and done
// atomically) and store each Value with storeValue; readers take no lock
// and load with loadValue, the optimistic read that list elements use.
type slotValues struct {
	mu   sync.Mutex
	vals []Value
}

// smallSlotCount is the most slots an instance keeps in the same
// allocation as itself.
const smallSlotCount = 4

// instanceWithSlots is an instance of a class with at most smallSlotCount
// slots, its slot array and the array's storage made by one allocation
// instead of three (small __slots__ classes, such as vectors, are often
// created in hot loops). The Instance is the first field, so a pointer
// to it is a pointer to the start of the allocation.
type instanceWithSlots struct {
	in      Instance
	slots   slotValues
	storage [smallSlotCount]Value
}

// newInstance allocates an instance of t with its slot array (if t has
// slots) and no dict.
func newInstance(t *Type) *Instance {
	switch n := t.NSlots; {
	case n == 0:
		return &Instance{Header: Header{typ: t}}
	case n <= smallSlotCount:
		a := &instanceWithSlots{}
		a.in.typ = t
		a.slots.vals = a.storage[:n:n]
		a.in.slots = &a.slots
		return &a.in
	default:
		return &Instance{Header: Header{typ: t}, slots: &slotValues{vals: make([]Value, n)}}
	}
}

// The AttrDescr.slot values that are not slot indexes.
const (
	descrForward = 0  // defer to the owner's GetAttr/SetAttr slot
	descrWeakref = -1 // __weakref__: weak references are not tracked per instance
	descrDict    = -2 // __dict__: the instance dict
)

// initSlots reads t's __slots__ (before its bases are inherited) and sets
// HasDict, NSlots and the slot descriptors.
func initSlots(ctx Ctx, t *Type, bases []*Type) error {
	baseDict, baseSlots := false, 0
	for _, b := range t.MRO[1:] {
		baseDict = baseDict || b.HasDict
		if b.NSlots > baseSlots {
			baseSlots = b.NSlots
		}
	}
	t.NSlots = baseSlots
	spec, ok := t.Dict.GetStr(Interned("__slots__"))
	if !ok {
		t.HasDict = true
		if !baseDict {
			addInstanceDictDescrs(t, true)
		}
		return nil
	}
	var names []Value
	if s := AsStr(spec); s != nil {
		names = []Value{spec}
	} else {
		var err error
		if names, err = ToSlice(ctx, spec); err != nil {
			return err
		}
	}
	var slots []string
	wantDict, wantWeakref := false, false
	for _, n := range names {
		s := AsStr(n)
		if s == nil {
			return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", n.Type().Name)
		}
		if !pystr.IsIdentifier(s.S) {
			return Errorf(TypeErrorType, "__slots__ must be identifiers")
		}
		switch s.S {
		case "__dict__":
			if wantDict || baseDict {
				return Errorf(TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			wantDict = true
			continue
		case "__weakref__":
			if wantWeakref {
				return Errorf(TypeErrorType, "__weakref__ slot disallowed: we already got one")
			}
			wantWeakref = true
			continue
		}
		// A private slot "__x" of class C is stored as "_C__x", the
		// name self.__x compiles to inside the class.
		name := Mangle(t.Name, s.S)
		if _, ok := t.Dict.GetStr(NewStr(name)); ok {
			return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", s.S)
		}
		slots = append(slots, name)
	}
	t.HasDict = wantDict
	if wantDict || wantWeakref {
		addInstanceDictDescrs(t, wantDict)
	}
	if len(slots) == 0 {
		return nil
	}
	switch t.Layout {
	case ObjectType, StrType, FloatType:
		// Layouts with a slot array (Instance, strInstance, floatSub).
	case IntType:
		// CPython's int is variable-sized: no room after the digits.
		return Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of 'int'")
	default:
		t.HasDict = true // see the package comment above
		return nil
	}
	for i, name := range slots {
		a := &AttrDescr{Name: name, Owner: t, slot: t.NSlots + i + 1}
		a.typ = MemberDescrType
		t.Dict.SetStr(NewStr(name), obj(a))
	}
	t.NSlots += len(slots)
	return nil
}

// addInstanceDictDescrs puts the __dict__ (when withDict) and __weakref__
// getset descriptors in t's namespace.
func addInstanceDictDescrs(t *Type, withDict bool) {
	if withDict {
		if _, ok := t.Dict.GetStr(Interned("__dict__")); !ok {
			a := &AttrDescr{Name: "__dict__", Owner: t, slot: descrDict}
			a.typ = GetSetDescrType
			t.Dict.SetStr(Interned("__dict__"), obj(a))
		}
	}
	if _, ok := t.Dict.GetStr(Interned("__weakref__")); !ok {
		a := &AttrDescr{Name: "__weakref__", Owner: t, slot: descrWeakref}
		a.typ = GetSetDescrType
		t.Dict.SetStr(Interned("__weakref__"), obj(a))
	}
}

// slotGet and slotSet implement an AttrDescr with a slot index for an
// instance already checked to be of its owner's type; a nil val deletes.
func (a *AttrDescr) slotGet(inst Value) (Value, error) {
	switch a.slot {
	case descrWeakref:
		return None, nil
	case descrDict:
		if d := InstanceDict(inst); d != nil {
			return d.Value(), nil
		}
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '__dict__'", inst.Type().Name)
	}
	sv := instanceSlots(inst)
	if sv == nil {
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", inst.Type().Name, a.Name)
	}
	// Readers take no lock: writers store whole Values under sv.mu with
	// storeValue, and a racing read sees one of the stored Values (or, at
	// worst, a torn pair that is still memory-safe; see Value), as a
	// list element read does.
	v := loadValue(&sv.vals[a.slot-1])
	if v.IsNil() {
		return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", inst.Type().Name, a.Name)
	}
	return v, nil
}

func (a *AttrDescr) slotSet(inst, val Value) error {
	switch a.slot {
	case descrWeakref:
		return Errorf(AttributeErrorType, "attribute '__weakref__' of '%s' objects is not writable", a.Owner.Name)
	case descrDict:
		d := InstanceDict(inst)
		nd := AsDict(val)
		if d == nil || nd == nil {
			if val.IsNil() {
				return Errorf(TypeErrorType, "cannot delete __dict__")
			}
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", val.Type().Name)
		}
		d.Clear()
		ks, vs := nd.Items()
		for i := range ks {
			if err := d.SetItem(nil, ks[i], vs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	sv := instanceSlots(inst)
	if sv == nil {
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", inst.Type().Name, a.Name)
	}
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if val.IsNil() && loadValue(&sv.vals[a.slot-1]).IsNil() {
		// CPython's member_set names only the slot here.
		return Errorf(AttributeErrorType, "%s", a.Name)
	}
	storeValue(&sv.vals[a.slot-1], val)
	return nil
}

// instanceSlots returns the slot array of v, or nil when v has none.
func instanceSlots(v Value) *slotValues {
	t := v.Type()
	if t.NSlots == 0 {
		return nil
	}
	switch t.Layout {
	case ObjectType:
		return as[Instance](v).slots
	case StrType:
		return (*strInstance)(v.Ptr()).slots
	case FloatType:
		return as[floatSub](v).slots
	}
	return nil
}

// newSlotValues returns the slot array for a new instance of t, a str or
// float subclass, or nil when its classes declare no slots.
func newSlotValues(t *Type) *slotValues {
	if t.NSlots == 0 {
		return nil
	}
	return &slotValues{vals: make([]Value, t.NSlots)}
}

// setClass is obj.__class__ = val, with CPython's checks: only between
// classes defined in Python whose instances have the same layout (the same
// Go struct, dict and slot array), because the object's memory is not
// rebuilt. The type pointer is one machine word, so a racing reader sees
// the old class or the new one, never a torn value.
func setClass(v, val Value) error {
	if val.IsNil() {
		return Errorf(TypeErrorType, "can't delete __class__ attribute")
	}
	nt := AsType(val)
	if nt == nil {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", val.Type().Name)
	}
	ot := v.Type()
	if ot.Builtin || nt.Builtin {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if ot.Layout != nt.Layout || ot.HasDict != nt.HasDict || ot.NSlots != nt.NSlots {
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, ot.Name)
	}
	v.h.typ = nt
	return nil
}

// Mangle is Python's private name mangling: inside class private, an
// identifier __name (two leading underscores, not ending in two, no dot)
// is spelled _private__name, with private's leading underscores
// stripped; anything else is unchanged. The compiler applies it to the
// names in class bodies, and type creation to the names in __slots__.
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(private, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}
