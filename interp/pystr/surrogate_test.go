package pystr

import "encoding/json"

// Ops whose strings travel as code-point lists (so lone surrogates survive
// JSON); results that are strings are compared as code-point lists too.

func cpArg(m json.RawMessage) string {
	var cps []rune
	if err := json.Unmarshal(m, &cps); err != nil {
		panic(err)
	}
	return FromRunes(cps)
}

func cpUnary(f func(string) string) opFunc {
	return func(in []json.RawMessage) (any, error) { return Runes(f(cpArg(in[0]))), nil }
}

func cpPred(f func(string) bool) opFunc {
	return func(in []json.RawMessage) (any, error) { return f(cpArg(in[0])), nil }
}

func init() {
	for name, f := range map[string]func(string) string{
		"upper": Upper, "lower": Lower, "title": Title, "capitalize": Capitalize, "swapcase": SwapCase,
		"casefold": Casefold, "repr": Repr, "ascii": ASCII,
		"expandtabs": func(s string) string { return ExpandTabs(s, 3) },
	} {
		ops[name+"_cp"] = cpUnary(f)
	}
	for name, f := range map[string]func(string) bool{
		"isprintable": IsPrintable, "isalpha": IsAlpha, "isspace": IsSpace, "isidentifier": IsIdentifier,
		"isupper": IsUpper, "istitle": IsTitle,
	} {
		ops[name+"_cp"] = cpPred(f)
	}
	ops["len_cp"] = func(in []json.RawMessage) (any, error) { return RuneLen(cpArg(in[0])), nil }
	ops["find_cp"] = func(in []json.RawMessage) (any, error) {
		return Find(cpArg(in[0]), cpArg(in[1]), 0, 1<<62), nil
	}
	ops["strip_cp"] = func(in []json.RawMessage) (any, error) {
		return Runes(Strip(cpArg(in[0]), cpArg(in[1]), true)), nil
	}
	ops["center_cp"] = func(in []json.RawMessage) (any, error) {
		return Runes(Center(cpArg(in[0]), 12, rune(num(in[1])))), nil
	}
	ops["split_cp"] = func(in []json.RawMessage) (any, error) {
		parts, err := Split(cpArg(in[0]), "", false, -1)
		out := [][]rune{}
		for _, p := range parts {
			out = append(out, Runes(p))
		}
		return out, err
	}
}
