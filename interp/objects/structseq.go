package objects

import "strings"

// A struct sequence is CPython's named tuple of the C API
// (sys.version_info, sys.float_info, time.struct_time): a tuple subclass
// whose items are also attributes, printed as "module.name(field=value,
// ...)". Some have fields that are attributes only, outside the tuple
// (struct_time's tm_zone and tm_gmtoff); those live in extra.
type structSeq struct {
	Tuple
	extra []Value
}

// StructSeqType describes one struct sequence type.
type StructSeqType struct {
	Type    *Type
	Visible int // how many of Fields are tuple items
	Fields  []string
}

// NewStructSeqType makes a struct sequence type named fullName
// ("sys.float_info"), whose first visible fields are tuple items and the
// rest attributes only.
func NewStructSeqType(fullName string, fields []string, visible int) *StructSeqType {
	module, name := "builtins", fullName
	if i := strings.LastIndexByte(fullName, '.'); i >= 0 {
		module, name = fullName[:i], fullName[i+1:]
	}
	t := newBuiltinType(name, TupleType)
	t.Module = module
	st := &StructSeqType{Type: t, Visible: visible, Fields: fields}
	index := make(map[string]int, len(fields))
	for i, f := range fields {
		index[f] = i
	}
	t.GetAttr = func(ctx Ctx, v Value, attr *Str) (Value, error) {
		if i, ok := index[attr.S]; ok {
			s := as[structSeq](v)
			if i < len(s.Items) {
				return s.Items[i], nil
			}
			if i-len(s.Items) < len(s.extra) {
				return s.extra[i-len(s.Items)], nil
			}
			return None, nil
		}
		return GenericGetAttr(ctx, v, attr)
	}
	t.SetAttr = func(ctx Ctx, v Value, attr *Str, val Value) error {
		return Errorf(AttributeErrorType, "readonly attribute")
	}
	t.Repr = func(ctx Ctx, v Value) (string, error) {
		var b strings.Builder
		b.WriteString(fullName)
		b.WriteByte('(')
		for i, x := range as[structSeq](v).Items {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(ctx, x)
			if err != nil {
				return "", err
			}
			b.WriteString(fields[i])
			b.WriteByte('=')
			b.WriteString(r)
		}
		b.WriteByte(')')
		return b.String(), nil
	}
	// Instances must be structSeqs (GetAttr reads extra), so the tuple
	// subclass constructor is replaced: struct_time(seq) takes a sequence
	// of Visible to len(fields) items.
	t.New = func(ctx Ctx, _ *Type, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes exactly one positional argument", fullName)
		}
		items, err := ToSlice(ctx, args[0])
		if err != nil {
			return Value{}, err
		}
		if len(items) < visible {
			return Value{}, Errorf(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", fullName, visible, len(items))
		}
		if len(items) > len(fields) {
			return Value{}, Errorf(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", fullName, len(fields), len(items))
		}
		for len(items) < len(fields) {
			items = append(items, None)
		}
		return st.New(items...), nil
	}
	t.Dict.SetStr(Interned("n_sequence_fields"), Int(int64(visible)))
	t.Dict.SetStr(Interned("n_fields"), Int(int64(len(fields))))
	return st
}

// New returns an instance holding values, one per field in order.
func (st *StructSeqType) New(values ...Value) Value {
	s := &structSeq{}
	s.typ = st.Type
	s.Items = values[:st.Visible:st.Visible]
	s.extra = values[st.Visible:]
	return obj(&s.Tuple)
}
