package objects

// In-place list edits. list.insert and list.remove used to copy the whole
// list and install the copy: O(n) allocation per call, and not atomic (two
// threads inserting at once could lose one insert). These do the edit
// under the list's lock, moving elements by element stores as Pop does,
// so the published view stays valid (see List) and no copy is made
// unless the backing array must grow.

// Insert is l.insert(i, v) for an index already clamped to 0..len(l):
// the elements from i up move one slot higher. With spare capacity the
// list first grows by one slot beyond every view (an append), then the
// elements shift up by element stores from the top down, so a concurrent
// reader of one index sees its element from before or after the insert
// (or, for a moment, its neighbour's, as during Pop); the view is still
// a prefix of the list and needs no republishing. Without spare capacity
// a larger array is built with v in place and published whole.
func (l *List) Insert(i int, v Value) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.items)
	if i < 0 {
		i = 0
	}
	if i > n {
		i = n
	}
	if n == cap(l.items) {
		grown := growItems(l.items[:i])
		grown = append(grown, v)
		grown = append(grown, l.items[i:]...)
		l.setItemsLocked(grown)
		return
	}
	l.items = l.items[:n+1]
	for j := n; j > i; j-- {
		storeValue(&l.items[j], l.items[j-1])
	}
	storeValue(&l.items[i], v)
}

// RemoveIf removes l[i] when it is still the very object x (a caller
// compared x with ==, which may run Python code, without the lock held)
// and reports whether it did; false means the list changed meanwhile and
// the caller must search again.
func (l *List) RemoveIf(i int, x Value) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i >= len(l.items) || !l.items[i].Is(x) {
		return false
	}
	l.removeLocked(i)
	return true
}

// removeLocked deletes l.items[i] in place: the elements after i move
// down by element stores, then a shorter view is published before the
// vacated last slot is cleared, keeping the view invariant (see List).
// Called with mu held and 0 <= i < len(l.items).
func (l *List) removeLocked(i int) {
	n := len(l.items)
	for j := i; j < n-1; j++ {
		storeValue(&l.items[j], l.items[j+1])
	}
	if vw := l.view.Load(); vw != nil && len(vw.v) > n-1 {
		if n == 1 {
			l.view.Store(nil)
		} else {
			l.view.Store(&listView{l.items[:n-1]})
		}
	}
	storeValue(&l.items[n-1], Value{})
	l.items = l.items[:n-1]
}

// UnpackReversed is `a, b, c = l` for the eval loop: when l has exactly
// len(dst) elements it stores them into dst last first (the order the
// value stack wants them) and reports true; otherwise it stores nothing
// and the caller takes the general path, which words the error. The copy
// is made under the lock, so it is one consistent state of the list, and
// allocates nothing.
func (l *List) UnpackReversed(dst []Value) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.items)
	if n != len(dst) {
		return false
	}
	for j := range dst {
		dst[j] = l.items[n-1-j]
	}
	return true
}
