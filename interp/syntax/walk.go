package syntax

import (
	"reflect"
	"sync"
)

// Inspect traverses the tree rooted at n in depth-first source order (the
// ASDL field order, which is what CPython's ast.walk-based tools and the
// compiler's symbol-table pass expect), calling f for every node. If f
// returns false the children of that node are skipped. Nil optional
// children (and the nil entries of Dict.Keys and Arguments.KwDefaults) are
// not visited.
func Inspect(n Node, f func(Node) bool) {
	if isNilNode(n) || !f(n) {
		return
	}
	v := reflect.ValueOf(n).Elem()
	for _, fi := range childFields(v.Type()) {
		fv := v.Field(fi.index)
		if fi.slice {
			for i := 0; i < fv.Len(); i++ {
				if c, ok := fv.Index(i).Interface().(Node); ok {
					Inspect(c, f)
				}
			}
			continue
		}
		if c, ok := fv.Interface().(Node); ok {
			Inspect(c, f)
		}
	}
}

// Children returns the direct children of n in field order.
func Children(n Node) []Node {
	var out []Node
	first := true
	Inspect(n, func(c Node) bool {
		if first {
			first = false
			return true
		}
		out = append(out, c)
		return false
	})
	return out
}

func isNilNode(n Node) bool {
	if n == nil {
		return true
	}
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// childField describes one field of a node type that holds child nodes.
type childField struct {
	index int
	slice bool
}

var nodeType = reflect.TypeOf((*Node)(nil)).Elem()

// childPlans caches, per node type, which fields hold children, so that a
// walk pays for reflection on field layout once per type, not per node.
var childPlans sync.Map // reflect.Type -> []childField

func childFields(t reflect.Type) []childField {
	if p, ok := childPlans.Load(t); ok {
		return p.([]childField)
	}
	var plan []childField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			continue
		}
		switch {
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Implements(nodeType):
			plan = append(plan, childField{i, true})
		case f.Type.Implements(nodeType):
			plan = append(plan, childField{i, false})
		}
	}
	childPlans.Store(t, plan)
	return plan
}
