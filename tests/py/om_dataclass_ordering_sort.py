# Dataclasses with order=True used as sort keys and heap entries; field(compare=False) for payloads.
import heapq
from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
tasks = [Task(2, 0, 'write'), Task(1, 1, 'read'), Task(2, 2, 'exec'), Task(0, 3, 'boot'), Task(1, 4, 'load')]
print([t.name for t in sorted(tasks)], max(tasks).name, min(tasks).name)
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print([heapq.heappop(heap).name for _ in range(len(heap))])
print(Task(1, 1, 'a') == Task(1, 1, 'b'), Task(1, 1, 'a') < Task(1, 2, 'a'), Task(1, 1, 'x') <= Task(1, 1, 'y'))
try:
    Task(1, 1, 'a') < (1, 1)
except TypeError as e:
    print('TypeError:', e)
