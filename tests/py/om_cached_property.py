# functools.cached_property: computed once per instance, stored in __dict__, invalidated with del, per-instance.
from functools import cached_property
class Report:
    def __init__(self, data):
        self.data = data
        self.computations = 0
    @cached_property
    def stats(self):
        self.computations += 1
        return {'n': len(self.data), 'total': sum(self.data), 'max': max(self.data)}
r = Report([3, 1, 4])
print(r.stats, r.stats, r.computations, 'stats' in r.__dict__)
r.data.append(10)
print(r.stats['total'])
del r.stats
print(r.stats['total'], r.computations)
r2 = Report([1])
print(r2.stats, r2.computations, r.computations, type(Report.stats).__name__)
r.stats = 'overridden'
print(r.stats)
