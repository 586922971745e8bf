package decimalmod

import (
	"strings"
	"sync"
	"testing"

	"github.com/weftrun/weft/interp/objects"
)

// TestSharedContext has goroutines (standing for virtual threads on
// different carriers) divide in one shared context while others change
// its precision and clear its flags. Under -race this checks that the
// core's fields are only touched under its lock; every result must have
// one of the precisions that were set, never a torn mix.
func TestSharedContext(t *testing.T) {
	k := newCore()
	core := objects.FromHeader(&k.Header)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				if g%2 == 0 {
					if err := setField(k, "prec", objects.Int(int64(5+i%20))); err != nil {
						errs <- err.Error()
						return
					}
					if err := setField(k, "flags", objects.Int(0)); err != nil {
						errs <- err.Error()
						return
					}
					continue
				}
				v, err := ctxOp(nil, []value{core, objects.StrValue("divide"), objects.Int(1), objects.Int(3)}, nil)
				if err != nil {
					errs <- err.Error()
					return
				}
				s := asDec(v).String()
				digits := strings.Count(s, "3")
				if !strings.HasPrefix(s, "0.") || digits < 5 || digits > 28 {
					errs <- "bad quotient " + s
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTrapRaises checks that a trapped signal becomes an exception and an
// untrapped one only a flag.
func TestTrapRaises(t *testing.T) {
	k := newCore()
	core := objects.FromHeader(&k.Header)
	_, err := ctxOp(nil, []value{core, objects.StrValue("divide"), objects.Int(1), objects.Int(0)}, nil)
	e, ok := err.(*objects.Exception)
	if !ok || !e.Matches(objects.ArithmeticErrorType) {
		t.Fatalf("1/0 with DivisionByZero trapped: got %v", err)
	}
	if err := setField(k, "traps", objects.Int(0)); err != nil {
		t.Fatal(err)
	}
	v, err := ctxOp(nil, []value{core, objects.StrValue("divide"), objects.Int(1), objects.Int(0)}, nil)
	if err != nil || asDec(v).String() != "Infinity" {
		t.Fatalf("1/0 untrapped: got %v, %v", v, err)
	}
	k.mu.Lock()
	flags := k.flags
	k.mu.Unlock()
	if flags == 0 {
		t.Fatal("DivisionByZero flag not set")
	}
}

// TestSetFieldValidation checks that contexts reject out-of-range values.
func TestSetFieldValidation(t *testing.T) {
	k := newCore()
	for _, c := range []struct {
		field string
		v     value
	}{{"prec", objects.Int(0)}, {"Emin", objects.Int(1)}, {"Emax", objects.Int(-1)}, {"clamp", objects.Int(2)},
		{"rounding", objects.StrValue("ROUND_SIDEWAYS")}, {"prec", objects.StrValue("3")}} {
		if err := setField(k, c.field, c.v); err == nil {
			t.Errorf("%s = %v accepted", c.field, c.v)
		}
	}
	if err := setField(k, "rounding", objects.StrValue("ROUND_05UP")); err != nil || k.p.Rounding != 7 {
		t.Errorf("ROUND_05UP: %v", err)
	}
}
