package vm

import (
	"github.com/weftrun/weft/interp/objects"
)

// nameError is the NameError for name in fr, carrying the candidates for
// CPython's "Did you mean" hint: the frame's locals, then globals, then
// builtins, each in dictionary order.
func nameError(fr *Frame, name *objects.Str) error {
	e := objects.Errorf(objects.NameErrorType, "name '%s' is not defined", name.S)
	e.Dict.SetStr(objects.Interned("name"), name.Value())
	var locals []string
	if fr.locals != nil {
		locals = dictNames(fr.locals)
	} else {
		for i, n := range fr.code.VarNames {
			if !fr.slots[i].IsNil() {
				locals = append(locals, n)
			}
		}
	}
	globals, builtins := fr.globals, fr.builtins
	e.Candidates = func() [][]string {
		return [][]string{locals, dictNames(globals), dictNames(builtins)}
	}
	return e
}

func dictNames(d *objects.Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s := objects.AsStr(k); s != nil {
			out = append(out, s.S)
		}
	}
	return out
}

// Constants of CPython's suggestion algorithm (Python/suggestions.c).
const (
	maxCandidateItems = 750
	maxStringSize     = 40
	moveCost          = 2
	caseCost          = 1
)

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

// editDistance is CPython's weighted Levenshtein distance, giving up
// (maxCost+1) once the distance must exceed maxCost.
func editDistance(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substitutionCost(code, a[ai])
			distance = buf[ai]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func bestSuggestion(candidates []string, name string) string {
	if len(candidates) >= maxCandidateItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * moveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := editDistance(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

// suggestion returns the "Did you mean" name for a NameError or
// AttributeError, or "".
func suggestion(exc *objects.Exception) string {
	if exc.Candidates == nil || exc.Dict == nil {
		return ""
	}
	nv, ok := exc.Dict.GetStr(objects.Interned("name"))
	name := objects.AsStr(nv)
	if !ok || name == nil {
		return ""
	}
	for _, list := range exc.Candidates() {
		if s := bestSuggestion(list, name.S); s != "" {
			return s
		}
	}
	return ""
}
