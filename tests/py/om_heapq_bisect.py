# heapq and bisect on ints and tuples.
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]), heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(list(heapq.merge([1, 4, 9], [2, 3, 10])), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))
tasks = []
for prio, name in [(2, 'write'), (1, 'read'), (3, 'exec'), (1, 'alpha')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 100))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s, bisect.bisect([(1, 'a'), (2, 'b')], (1, 'z')), bisect.bisect_left(['b', 'd'], 'c'))
grades = [bisect.bisect([60, 70, 80, 90], sc) for sc in [33, 99, 77, 70, 89, 90, 100]]
print(['FDCBA'[g] for g in grades])
