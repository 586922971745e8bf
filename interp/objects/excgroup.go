package objects

// Exception groups (PEP 654). A group is an ordinary *Exception whose
// Args are (message, exceptions-as-passed) like CPython's, and whose
// Payload holds the tuple of nested exceptions (eg.exceptions), copied at
// construction so later changes to the caller's list do not show.
//
// ExceptionGroup derives from both BaseExceptionGroup and Exception; its
// MRO is built by hand because the built-in type constructor takes one
// base.

// BaseExceptionGroupType and ExceptionGroupType are the group classes.
var BaseExceptionGroupType, ExceptionGroupType *Type

func initExceptionGroups() {
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType = newExcType("ExceptionGroup", BaseExceptionGroupType)
	ExceptionGroupType.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	ExceptionType.addSubclass(ExceptionGroupType)
	ExceptionGroupType.MRO = []*Type{ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	BaseExceptionGroupType.New = newExceptionGroup
	ExceptionGroupType.New = newExceptionGroup
	BaseExceptionGroupType.Init = func(ctx Ctx, self Value, args []Value, kw []string) error { return nil }
	ExceptionGroupType.Init = BaseExceptionGroupType.Init
	BaseExceptionGroupType.Str = func(ctx Ctx, v Value) (string, error) {
		e := as[Exception](v)
		n := len(GroupExceptions(e))
		plural := "s"
		if n == 1 {
			plural = ""
		}
		msg, err := ToStr(ctx, groupMessage(e))
		if err != nil {
			return "", err
		}
		return msg + " (" + itoa(n) + " sub-exception" + plural + ")", nil
	}
	ExceptionGroupType.Str = BaseExceptionGroupType.Str
	getter := func(name string, get func(e *Exception) Value) {
		fn := NewBuiltin(name, func(ctx Ctx, args []Value, kw []string) (Value, error) {
			e := AsException(args[0])
			if e == nil || !IsGroup(e) {
				return Value{}, Errorf(TypeErrorType, "descriptor '%s' requires a 'BaseExceptionGroup' object", name)
			}
			return get(e), nil
		}, nil)
		p := &Property{Get: fn.Value(), Set: None, Del: None, Doc: None}
		p.typ = PropertyType
		BaseExceptionGroupType.SetAttrValue(name, obj(p))
	}
	getter("message", groupMessage)
	getter("exceptions", func(e *Exception) Value { return e.Payload })
	BaseExceptionGroupType.SetMethod("derive", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "derive() takes exactly one argument (%d given)", len(args)-1)
		}
		e := AsException(args[0])
		return newExceptionGroup(ctx, BaseExceptionGroupType, []Value{groupMessage(e), args[1]}, nil)
	})
	BaseExceptionGroupType.SetMethod("split", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		m, r, err := groupSplitMethod(ctx, args, kw, "split")
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{m, r}).Value(), nil
	})
	BaseExceptionGroupType.SetMethod("subgroup", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		m, _, err := groupSplitMethod(ctx, args, kw, "subgroup")
		return m, err
	})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// IsGroup reports whether e is a BaseExceptionGroup.
func IsGroup(e *Exception) bool { return e.typ.IsSubtype(BaseExceptionGroupType) }

// GroupExceptions returns the nested exceptions of a group.
func GroupExceptions(e *Exception) []Value {
	if t := AsTuple(e.Payload); t != nil {
		return t.Items
	}
	return nil
}

func groupMessage(e *Exception) Value {
	if e.Args != nil && len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return StrValue("")
}

// newExceptionGroup is BaseExceptionGroup.__new__: it validates the
// arguments, and BaseExceptionGroup(...) of nothing but Exceptions gives
// an ExceptionGroup, as in CPython.
func newExceptionGroup(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
	if len(kw) != 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", t.Name)
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if AsStr(args[0]) == nil {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	tp := args[1].Type()
	if AsTuple(args[1]) == nil && AsList(args[1]) == nil && !tp.IsSubtype(RangeType) {
		return Value{}, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := ToSlice(ctx, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return Value{}, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, it := range items {
		e := AsException(it)
		if e == nil {
			return Value{}, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.typ.IsSubtype(ExceptionType) {
			allExceptions = false
		}
	}
	switch {
	case t == BaseExceptionGroupType:
		if allExceptions {
			t = ExceptionGroupType
		}
	case t == ExceptionGroupType:
		if !allExceptions {
			return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if !allExceptions && t.IsSubtype(ExceptionType) {
			return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", t.Name)
		}
	}
	e := NewException(t, args[0], args[1])
	e.Payload = NewTuple(items).Value()
	return e.Value(), nil
}

// NewExceptionGroup makes ExceptionGroup(msg, excs) (or a
// BaseExceptionGroup when one of excs is not an Exception).
func NewExceptionGroup(ctx Ctx, msg string, excs []Value) (*Exception, error) {
	v, err := newExceptionGroup(ctx, BaseExceptionGroupType, []Value{StrValue(msg), NewList(excs).Value()}, nil)
	if err != nil {
		return nil, err
	}
	return AsException(v), nil
}

// SplitCondition is the condition of split()/subgroup()/except*: an
// exception class, a tuple of them, or a predicate.
type SplitCondition struct {
	types []*Type
	pred  Value
}

// NewSplitCondition validates v as a split condition; forExceptStar
// applies except*'s rules (no predicates, no group classes).
func NewSplitCondition(v Value, forExceptStar bool) (*SplitCondition, error) {
	check := func(x Value) (*Type, bool) {
		t := AsType(x)
		if t == nil || !t.IsSubtype(BaseExceptionType) {
			return nil, false
		}
		return t, true
	}
	if t, ok := check(v); ok {
		if forExceptStar && t.IsSubtype(BaseExceptionGroupType) {
			return nil, Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return &SplitCondition{types: []*Type{t}}, nil
	}
	if tup := AsTuple(v); tup != nil {
		c := &SplitCondition{}
		for _, x := range tup.Items {
			t, ok := check(x)
			if !ok {
				if forExceptStar {
					return nil, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
				}
				return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
			}
			if forExceptStar && t.IsSubtype(BaseExceptionGroupType) {
				return nil, Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			}
			c.types = append(c.types, t)
		}
		return c, nil
	}
	if forExceptStar {
		return nil, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	}
	if v.Type().Call != nil || AsFunction(v) != nil || AsBuiltin(v) != nil || AsMethod(v) != nil {
		return &SplitCondition{pred: v}, nil
	}
	return nil, Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func (c *SplitCondition) matches(ctx Ctx, e *Exception) (bool, error) {
	if c.pred.IsNil() {
		for _, t := range c.types {
			if e.typ.IsSubtype(t) {
				return true, nil
			}
		}
		return false, nil
	}
	r, err := ctx.Call(c.pred, []Value{e.Value()}, nil)
	if err != nil {
		return false, err
	}
	return Truth(ctx, r)
}

// Split divides e by the condition into the matching part and the rest
// (each nil when empty). A group that matches as a whole goes to the
// match unsplit; otherwise nested groups are rebuilt with derive() and
// keep the original's traceback, cause and context.
func Split(ctx Ctx, e *Exception, c *SplitCondition) (match, rest *Exception, err error) {
	ok, err := c.matches(ctx, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !IsGroup(e) {
		return nil, e, nil
	}
	var ms, rs []Value
	for _, sub := range GroupExceptions(e) {
		m, r, err := Split(ctx, AsException(sub), c)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m.Value())
		}
		if r != nil {
			rs = append(rs, r.Value())
		}
	}
	if len(rs) == 0 {
		return e, nil, nil
	}
	if len(ms) == 0 {
		return nil, e, nil
	}
	if match, err = derive(ctx, e, ms); err != nil {
		return nil, nil, err
	}
	if rest, err = derive(ctx, e, rs); err != nil {
		return nil, nil, err
	}
	return match, rest, nil
}

// derive calls e.derive(excs) (a subclass may override it) and copies
// e's traceback, cause and context onto the new group.
func derive(ctx Ctx, e *Exception, excs []Value) (*Exception, error) {
	m, err := GetAttr(ctx, e.Value(), NewStr("derive"))
	if err != nil {
		return nil, err
	}
	v, err := ctx.Call(m, []Value{NewList(excs).Value()}, nil)
	if err != nil {
		return nil, err
	}
	d := AsException(v)
	if d == nil || !IsGroup(d) {
		return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	// CPython copies the cause with PyException_SetCause, which always
	// sets __suppress_context__: a derived group never prints its context.
	d.Traceback, d.Cause, d.Context, d.SuppressContext = e.Traceback, e.Cause, e.Context, true
	return d, nil
}

func groupSplitMethod(ctx Ctx, args []Value, kw []string, name string) (Value, Value, error) {
	if len(args) != 2 || len(kw) != 0 {
		return Value{}, Value{}, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args)-1)
	}
	c, err := NewSplitCondition(args[1], false)
	if err != nil {
		return Value{}, Value{}, err
	}
	m, r, err := Split(ctx, AsException(args[0]), c)
	if err != nil {
		return Value{}, Value{}, err
	}
	return excOrNone(m), excOrNone(r), nil
}

// ExceptStarMatch is the test of one except* clause against what is left
// of the exception being handled: a naked exception that matches is
// wrapped in ExceptionGroup("", [exc]) carrying its traceback.
func ExceptStarMatch(ctx Ctx, exc *Exception, cond Value) (match, rest *Exception, err error) {
	c, err := NewSplitCondition(cond, true)
	if err != nil {
		return nil, nil, err
	}
	if exc == nil {
		return nil, nil, nil
	}
	if !IsGroup(exc) {
		ok, _ := c.matches(ctx, exc)
		if !ok {
			return nil, exc, nil
		}
		g, err := NewExceptionGroup(ctx, "", []Value{exc.Value()})
		if err != nil {
			return nil, nil, err
		}
		g.Traceback = exc.Traceback
		return g, nil, nil
	}
	return Split(ctx, exc, c)
}

// PrepReraiseStar computes what a try/except* statement raises once its
// handlers have run: excs are the exceptions the handlers raised followed
// by the unhandled rest (nil entries for none). Exceptions re-raised
// unchanged (same traceback, cause and context as a part of orig) are
// put back in orig's shape; new ones join them in ExceptionGroup("", ...).
func PrepReraiseStar(ctx Ctx, orig *Exception, excs []*Exception) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	if !IsGroup(orig) {
		return excs[0], nil
	}
	var raised []Value
	keep := map[*Exception]bool{}
	for _, e := range excs {
		if e == nil {
			continue
		}
		if e.Traceback == orig.Traceback && e.Cause == orig.Cause && e.Context == orig.Context {
			collectLeaves(e, keep)
		} else {
			raised = append(raised, e.Value())
		}
	}
	var reraised *Exception
	if len(keep) > 0 {
		var err error
		reraised, _, err = Split(ctx, orig, &SplitCondition{pred: NewBuiltin("is_reraised", func(ctx Ctx, args []Value, kw []string) (Value, error) {
			e := AsException(args[0])
			return Bool(!IsGroup(e) && keep[e]), nil
		}, nil).Value()})
		if err != nil {
			return nil, err
		}
	}
	if len(raised) == 0 {
		return reraised, nil
	}
	if reraised != nil {
		raised = append(raised, reraised.Value())
	}
	if len(raised) == 1 {
		return AsException(raised[0]), nil
	}
	return NewExceptionGroup(ctx, "", raised)
}

func collectLeaves(e *Exception, into map[*Exception]bool) {
	if !IsGroup(e) {
		into[e] = true
		return
	}
	for _, sub := range GroupExceptions(e) {
		collectLeaves(AsException(sub), into)
	}
}
