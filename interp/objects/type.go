package objects

import (
	"strings"
	"sync"
	"sync/atomic"
)

// Ctx is the interpreter as seen from the object layer: the one operation
// built-in code needs from the VM is calling back into Python (a __repr__, a
// sort key, a __hash__). That call re-enters the eval loop in Go ("native
// re-entry") and, per DESIGN.md, pins the virtual thread if it blocks.
type Ctx interface {
	Call(fn Value, args []Value, kwnames []string) (Value, error)
}

// BinaryOp numbers the binary operators in the order of syntax.Operator so
// the compiler maps them one to one.
type BinaryOp uint8

// Binary operators.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	numBinaryOps
)

var binaryOpSymbols = [numBinaryOps]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
var binaryOpDunders = [numBinaryOps]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

// CompareOp numbers the rich comparisons (in syntax.CmpOp order).
type CompareOp uint8

// Rich comparison operators.
const (
	CmpEq CompareOp = iota
	CmpNe
	CmpLt
	CmpLe
	CmpGt
	CmpGe
)

var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">="}
var cmpDunders = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}
var cmpSwapped = [...]CompareOp{CmpEq, CmpNe, CmpGt, CmpGe, CmpLt, CmpLe}

// Type is a Python class. Built-in types fill the slots with Go functions;
// a class statement fills them with generic functions that look the dunder
// up in the MRO and call it, exactly like CPython's slot wrappers. A nil
// slot means "not supported" and gives CPython's TypeError.
type Type struct {
	Header
	Name     string
	Module   string
	Qualname string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	// Builtin types reject attribute assignment ("cannot set 'x' attribute
	// of immutable type 'int'").
	Builtin bool
	// Layout is the built-in type whose Go struct instances of this type
	// use (object, Exception, list, dict, ...).
	Layout *Type
	// HasDict says instances carry an attribute dictionary.
	HasDict bool
	// NSlots is the length of the instances' __slots__ array, the slots
	// of the bases included (slots.go).
	NSlots int
	// Redirect is Builtin.Redirect for calling the type itself (list(g),
	// tuple(g) ...): the eval loop calls the returned Python function
	// instead of the constructor when it is not the nil Value.
	Redirect func(ctx Ctx, args []Value, kwnames []string) Value
	// pyGetAttr and pySetAttr record that a Python class in the MRO
	// defines __getattribute__/__getattr__, or __setattr__/__delattr__
	// (installSlotWrappers keeps them current); see PythonAttrHooks.
	pyGetAttr, pySetAttr bool
	// GetAttrDefersMethods says the type's own GetAttr answers only
	// attributes that are not methods in its MRO (deque.maxlen,
	// complex.real, a generator's gi_frame) and hands every other name to
	// GenericGetAttr; see MethodShortcutSafe.
	GetAttrDefersMethods bool
	// instDictLen sizes the dicts of new instances (instdict.go).
	instDictLen atomic.Int32
	// subs records the direct subclasses (see subclasses.go); made on
	// first use.
	subsOnce sync.Once
	subs     *subclassList
	// cache holds recent Lookup results (typecache.go); made on first
	// use.
	cache atomic.Pointer[typeCache]

	New      func(ctx Ctx, t *Type, args []Value, kwnames []string) (Value, error)
	Init     func(ctx Ctx, self Value, args []Value, kwnames []string) error
	Repr     func(ctx Ctx, v Value) (string, error)
	Str      func(ctx Ctx, v Value) (string, error)
	Hash     func(ctx Ctx, v Value) (int64, error)
	Compare  func(ctx Ctx, a, b Value, op CompareOp) (Value, error)
	Bool     func(ctx Ctx, v Value) (bool, error)
	Len      func(ctx Ctx, v Value) (int, error)
	GetAttr  func(ctx Ctx, v Value, name *Str) (Value, error)
	SetAttr  func(ctx Ctx, v Value, name *Str, val Value) error // val nil: delete
	Call     func(ctx Ctx, v Value, args []Value, kwnames []string) (Value, error)
	Iter     func(ctx Ctx, v Value) (Value, error)
	Next     func(ctx Ctx, v Value) (Value, error) // nil Value, nil error: exhausted
	GetItem  func(ctx Ctx, v, key Value) (Value, error)
	SetItem  func(ctx Ctx, v, key, val Value) error // val nil: delete
	Contains func(ctx Ctx, v, x Value) (bool, error)
	Binary   [numBinaryOps]func(ctx Ctx, a, b Value) (Value, error)
	InPlace  [numBinaryOps]func(ctx Ctx, a, b Value) (Value, error)
	Neg      func(ctx Ctx, v Value) (Value, error)
	Pos      func(ctx Ctx, v Value) (Value, error)
	Invert   func(ctx Ctx, v Value) (Value, error)
	Abs      func(ctx Ctx, v Value) (Value, error)
	Index    func(ctx Ctx, v Value) (Value, error)
	// DescrGet binds a class attribute found through an instance or class
	// (functions become bound methods, classmethod binds the class).
	DescrGet func(ctx Ctx, descr, inst Value, owner *Type) (Value, error)
	// DescrSet makes an attribute a data descriptor (property).
	DescrSet func(ctx Ctx, descr, inst, val Value) error
}

// TypeType is the class of classes.
var TypeType = &Type{Name: "type"}

// ObjectType is the root of every MRO.
var ObjectType = &Type{Name: "object"}

// newBuiltinType makes a built-in type deriving from base (ObjectType when
// nil).
func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Builtin: true}
	builtinTypes.Lock()
	builtinTypes.list = append(builtinTypes.list, t)
	builtinTypes.Unlock()
	t.typ = TypeType
	t.Dict = NewDict()
	if base == nil && name != "object" {
		base = ObjectType
	}
	if base != nil {
		t.Bases = []*Type{base}
		base.addSubclass(t)
		t.MRO = append([]*Type{t}, base.MRO...)
		t.inherit(base)
		t.Layout = base.Layout
	} else {
		t.MRO = []*Type{t}
	}
	if t.Layout == nil || t.Layout == ObjectType {
		t.Layout = t
	}
	return t
}

// inherit copies the slots of base that t does not define.
func (t *Type) inherit(base *Type) {
	if t.New == nil {
		t.New = base.New
	}
	if t.Init == nil {
		t.Init = base.Init
	}
	if t.Repr == nil {
		t.Repr = base.Repr
	}
	if t.Str == nil {
		t.Str = base.Str
	}
	if t.Hash == nil {
		t.Hash = base.Hash
	}
	if t.Compare == nil {
		t.Compare = base.Compare
	}
	if t.Bool == nil {
		t.Bool = base.Bool
	}
	if t.Len == nil {
		t.Len = base.Len
	}
	if t.GetAttr == nil {
		t.GetAttr = base.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = base.SetAttr
	}
	if t.Call == nil {
		t.Call = base.Call
	}
	if t.Iter == nil {
		t.Iter = base.Iter
	}
	if t.Next == nil {
		t.Next = base.Next
	}
	if t.GetItem == nil {
		t.GetItem = base.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = base.SetItem
	}
	if t.Contains == nil {
		t.Contains = base.Contains
	}
	for i := range t.Binary {
		if t.Binary[i] == nil {
			t.Binary[i] = base.Binary[i]
		}
		if t.InPlace[i] == nil {
			t.InPlace[i] = base.InPlace[i]
		}
	}
	if t.Neg == nil {
		t.Neg = base.Neg
	}
	if t.Pos == nil {
		t.Pos = base.Pos
	}
	if t.Invert == nil {
		t.Invert = base.Invert
	}
	if t.Abs == nil {
		t.Abs = base.Abs
	}
	if t.Index == nil {
		t.Index = base.Index
	}
	if t.DescrGet == nil {
		t.DescrGet = base.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = base.DescrSet
	}
	if base.HasDict {
		t.HasDict = true
	}
}

// Value returns the type as a Python value.
func (t *Type) Value() Value { return obj(t) }

// IsSubtype reports whether t derives from u.
func (t *Type) IsSubtype(u *Type) bool {
	if t == u {
		return true
	}
	for _, c := range t.MRO {
		if c == u {
			return true
		}
	}
	return false
}

// AsType returns the *Type in v, or nil.
func AsType(v Value) *Type {
	if v.h != nil && v.h.typ.IsSubtype(TypeType) {
		return as[Type](v)
	}
	return nil
}

// IsInstance reports whether v's class derives from t.
func IsInstance(v Value, t *Type) bool { return v.Type().IsSubtype(t) }

// SetMethod adds a built-in method to a built-in type.
func (t *Type) SetMethod(name string, fn BuiltinFn) {
	t.Dict.SetStr(NewStr(name), NewBuiltin(name, fn, t).Value())
}

// SetAttrValue stores a class attribute.
func (t *Type) SetAttrValue(name string, v Value) { t.Dict.SetStr(NewStr(name), v) }

// computeMRO is C3 linearisation.
func computeMRO(t *Type, bases []*Type) ([]*Type, error) {
	for i, b := range bases {
		for _, c := range bases[:i] {
			if c == b {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	seqs := [][]*Type{}
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
			}
		}
		if !nonEmpty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			// CPython names the classes still at the heads of the
			// lists being merged, each once.
			var heads []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					heads = append(heads, s[0].Name)
				}
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(heads, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// NewNativeType makes a built-in type for a Go-implemented object defined
// outside this package (generators live in the VM).
func NewNativeType(name string) *Type { return newBuiltinType(name, nil) }

// SetHeaderType initialises the header of an object allocated outside
// this package.
func SetHeaderType(h *Header, t *Type) { h.typ = t }
