package objects

import (
	"sync"
	"weak"
)

// subclassList is a class's record of its direct subclasses, for
// type.__subclasses__() (abc's __subclasscheck__ walks it, and so do
// plugin registries written in Python). Like CPython's tp_subclasses it
// holds weak references: recording a subclass must not keep a
// dynamically created class alive, and dead entries are dropped when the
// list is next read or grown.
type subclassList struct {
	mu   sync.Mutex
	subs []weak.Pointer[Type]
}

// addSubclass records sub as a direct subclass of t.
func (t *Type) addSubclass(sub *Type) {
	t.subsOnce.Do(func() { t.subs = &subclassList{} })
	l := t.subs
	l.mu.Lock()
	l.subs = append(l.compactLocked(), weak.Make(sub))
	l.mu.Unlock()
}

// Subclasses returns t's live direct subclasses in creation order.
func (t *Type) Subclasses() []*Type {
	t.subsOnce.Do(func() { t.subs = &subclassList{} })
	l := t.subs
	l.mu.Lock()
	defer l.mu.Unlock()
	l.subs = l.compactLocked()
	out := make([]*Type, 0, len(l.subs))
	for _, w := range l.subs {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// compactLocked drops the entries of collected classes.
func (l *subclassList) compactLocked() []weak.Pointer[Type] {
	live := l.subs[:0]
	for _, w := range l.subs {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	return live
}
