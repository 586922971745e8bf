# Sorting objects: __lt__ only, key functions, attrgetter with ties, stability across multiple passes.
from operator import attrgetter
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __lt__(self, o):
        return self.salary < o.salary
    def __repr__(self):
        return self.name
staff = [Emp('ann', 'eng', 120), Emp('bob', 'ops', 90), Emp('cid', 'eng', 90), Emp('dee', 'ops', 150), Emp('eve', 'eng', 120)]
print(sorted(staff), min(staff), max(staff))
print(sorted(staff, key=attrgetter('dept', 'name')))
by_salary = sorted(staff, key=attrgetter('salary'), reverse=True)
print(sorted(by_salary, key=attrgetter('dept')))
print(sorted(staff, key=lambda e: (-e.salary, e.name)))
staff.sort(key=attrgetter('name'), reverse=True)
print(staff)
try:
    sorted(staff, key=lambda e: e.dept if e.name != 'bob' else 1)
except TypeError as e:
    print('TypeError:', e)
