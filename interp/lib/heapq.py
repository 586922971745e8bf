"""Heap queue algorithms (heapq), for weft: a min-heap kept in a list with
heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_up(heap, pos):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move heap[pos] towards the leaves while a child is smaller.
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Push item onto heap."""
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop the smallest, faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x, /):
    """Turn list x into a heap in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (stable: equal items
    come out in the order of their iterables)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([_Ordered(value if key is None else key(value), reverse), order, value, it])
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = _Ordered(value if key is None else key(value), reverse)
            entry[2] = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _Ordered:
    """Wraps a key so that a min-heap pops the largest key when reverse."""
    __slots__ = ('key', 'reverse')

    def __init__(self, key, reverse):
        self.key = key
        self.reverse = reverse

    def __lt__(self, other):
        return other.key < self.key if self.reverse else self.key < other.key

    def __eq__(self, other):
        return not (self.key < other.key or other.key < self.key)


def nsmallest(n, iterable, key=None):
    """Return the n smallest items (stable for equal keys)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Return the n largest items (stable for equal keys)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
