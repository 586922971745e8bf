package decimalmod

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pydecimal"
	"github.com/weftrun/weft/interp/vm"
)

// coreObj is the mutable state of a decimal.Context: parameters, flags
// and traps. decimal.py's Context keeps one in its _c slot. mu guards
// every field, since two virtual threads may share a context object and
// run on two carriers at once.
type coreObj struct {
	objects.Header
	mu       sync.Mutex
	p        pydecimal.Context
	capitals bool
	flags    pydecimal.Signal
	traps    pydecimal.Signal
}

var coreType = objects.NewNativeType("ContextCore")

func newCore() *coreObj {
	k := &coreObj{p: pydecimal.Context{Prec: 28, Emin: -999999, Emax: 999999}, capitals: true,
		traps: pydecimal.InvalidOperation | pydecimal.DivisionByZero | pydecimal.Overflow}
	objects.SetHeaderType(&k.Header, coreType)
	return k
}

func asCore(v value) *coreObj {
	if v.Type() == coreType {
		return (*coreObj)(v.Ptr())
	}
	return nil
}

// params is a snapshot of the arithmetic parameters.
func (k *coreObj) params() pydecimal.Context {
	k.mu.Lock()
	p := k.p
	k.mu.Unlock()
	return p
}

// signalNames are the Python class names of the signals, in the bit
// order of pydecimal.Signal; signalClasses holds the classes themselves,
// which decimal.py creates and hands over through _setup.
var signalNames = []string{"Clamped", "DivisionByZero", "Inexact", "InvalidOperation", "Overflow", "Rounded",
	"Subnormal", "Underflow", "FloatOperation", "ConversionSyntax", "DivisionImpossible", "DivisionUndefined", "InvalidContext"}

var (
	setupMu       sync.RWMutex
	signalClasses []value
	contextMaker  value // decimal.py's function making a thread's first context
)

// raiseOrder is the order in which a trapped condition picks the class of
// the exception raised (the most specific condition first).
var raiseOrder = []pydecimal.Signal{pydecimal.ConversionSyntax, pydecimal.DivisionImpossible, pydecimal.DivisionUndefined,
	pydecimal.InvalidContext, pydecimal.InvalidOperation, pydecimal.DivisionByZero, pydecimal.FloatOperation,
	pydecimal.Overflow, pydecimal.Underflow, pydecimal.Subnormal, pydecimal.Inexact, pydecimal.Rounded, pydecimal.Clamped}

// signal records sig in the flags and raises the Python exception for
// the trapped conditions among them, as CPython: the exception's class is
// the first trapped signal and its argument the list of trapped
// conditions (InvalidOperation's sub-conditions named as such).
func (k *coreObj) signal(sig pydecimal.Signal) error {
	if sig == 0 {
		return nil
	}
	if sig&pydecimal.Invalid != 0 {
		sig |= pydecimal.InvalidOperation
	}
	k.mu.Lock()
	k.flags |= sig
	traps := k.traps
	k.mu.Unlock()
	trapped := sig & traps
	if trapped&pydecimal.InvalidOperation != 0 {
		trapped |= sig & pydecimal.Invalid
	}
	if trapped == 0 {
		return nil
	}
	return trapError(trapped)
}

func trapError(trapped pydecimal.Signal) error {
	setupMu.RLock()
	classes := signalClasses
	setupMu.RUnlock()
	if classes == nil {
		return objects.Errorf(objects.ArithmeticErrorType, "decimal signal %d", trapped)
	}
	// Sub-conditions stand for InvalidOperation in the list.
	listed := trapped
	if listed&(pydecimal.Invalid&^pydecimal.InvalidOperation) != 0 {
		listed &^= pydecimal.InvalidOperation
	}
	var items []value
	for i := range signalNames {
		if listed&(1<<i) != 0 {
			items = append(items, classes[i])
		}
	}
	cls := objects.ArithmeticErrorType
	for _, s := range raiseOrder {
		if trapped&s != 0 {
			if s&pydecimal.Invalid != 0 {
				s = pydecimal.InvalidOperation
			}
			cls = objects.AsType(classes[bitIndex(s)])
			break
		}
	}
	return objects.NewException(cls, objects.NewList(items).Value())
}

func bitIndex(s pydecimal.Signal) int {
	i := 0
	for s > 1 {
		s >>= 1
		i++
	}
	return i
}

// threadContexts maps each interpreter thread to its current context
// (the Python Context object and its core). The key is a weak pointer so
// that the map never keeps a finished thread alive; a cleanup attached to
// the thread removes its entry when the thread is collected.
var threadContexts sync.Map // weak.Pointer[vm.Thread] → *threadContext

type threadContext struct {
	ctx  value
	core *coreObj
}

// lastContext caches the most recent lookup, since a thread doing decimal
// arithmetic looks its context up on every operation. Only thread t ever
// stores an entry naming t (in current and setCurrent, which run on t), so
// an entry naming the caller is never stale; an entry of another thread is
// a miss. The key is weak, so the cache does not keep a thread alive.
type lastContext struct {
	key weak.Pointer[vm.Thread]
	tc  *threadContext
}

var last atomic.Pointer[lastContext]

func threadKey(c objects.Ctx) (weak.Pointer[vm.Thread], *vm.Thread, bool) {
	t, ok := c.(*vm.Thread)
	if !ok {
		return weak.Pointer[vm.Thread]{}, nil, false
	}
	return weak.Make(t), t, true
}

// fallbackContext serves callers that are not interpreter threads (Go
// tests calling builtins directly); it is never reached from Python.
var fallbackContext = &threadContext{core: newCore()}

// current returns the calling thread's context, making it on first use
// by calling decimal.py's maker (a copy of DefaultContext).
func current(c objects.Ctx) (*threadContext, error) {
	if t, ok := c.(*vm.Thread); ok {
		if e := last.Load(); e != nil && e.key.Value() == t {
			return e.tc, nil
		}
	}
	key, t, ok := threadKey(c)
	if !ok {
		return fallbackContext, nil
	}
	if tc, ok := threadContexts.Load(key); ok {
		last.Store(&lastContext{key: key, tc: tc.(*threadContext)})
		return tc.(*threadContext), nil
	}
	setupMu.RLock()
	maker := contextMaker
	setupMu.RUnlock()
	var tc *threadContext
	if maker.IsNil() {
		tc = &threadContext{ctx: objects.None, core: newCore()}
	} else {
		v, err := c.Call(maker, nil, nil)
		if err != nil {
			return nil, err
		}
		k, err := coreOf(c, v)
		if err != nil {
			return nil, err
		}
		tc = &threadContext{ctx: v, core: k}
	}
	setCurrent(key, t, tc)
	return tc, nil
}

func setCurrent(key weak.Pointer[vm.Thread], t *vm.Thread, tc *threadContext) {
	if _, loaded := threadContexts.Swap(key, tc); !loaded {
		runtime.AddCleanup(t, func(k weak.Pointer[vm.Thread]) { threadContexts.Delete(k) }, key)
	}
	last.Store(&lastContext{key: key, tc: tc})
}

var coreAttr = objects.NewStr("_c")

// coreOf finds the core of a Python Context object.
func coreOf(c objects.Ctx, ctx value) (*coreObj, error) {
	if k := asCore(ctx); k != nil {
		return k, nil
	}
	v, err := objects.GetAttr(c, ctx, coreAttr)
	if err == nil {
		if k := asCore(v); k != nil {
			return k, nil
		}
	}
	return nil, objects.Errorf(objects.TypeErrorType, "optional argument must be a context")
}

// contextArg is the core of an explicit context= argument, or of the
// current context when it is absent or None.
func contextArg(c objects.Ctx, v value) (*coreObj, error) {
	if v.IsNil() || v.IsNone() {
		tc, err := current(c)
		if err != nil {
			return nil, err
		}
		return tc.core, nil
	}
	return coreOf(c, v)
}

// roundingByName maps ROUND_* strings to modes.
func roundingByName(s string) (pydecimal.Rounding, bool) {
	for i, n := range pydecimal.RoundingNames {
		if n == s {
			return pydecimal.Rounding(i), true
		}
	}
	return 0, false
}

// signalMask turns a signal class into its bit (0 when it is not one).
func signalMask(v value) pydecimal.Signal {
	setupMu.RLock()
	defer setupMu.RUnlock()
	for i, cls := range signalClasses {
		if cls.Is(v) {
			return 1 << i
		}
	}
	return 0
}

func signalListNames(s pydecimal.Signal) string {
	var out []string
	for _, i := range []int{0, 3, 1, 2, 8, 4, 5, 6, 7} {
		if s&(1<<i) != 0 {
			out = append(out, signalNames[i])
		}
	}
	return "[" + strings.Join(out, ", ") + "]"
}
