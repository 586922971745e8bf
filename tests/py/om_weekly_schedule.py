# A scheduling program with dataclasses, enums and sorting: detects overlaps and prints a weekly table.
from dataclasses import dataclass
from enum import IntEnum
class Day(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
@dataclass(frozen=True, order=True)
class Slot:
    day: Day
    start: int
    end: int
    title: str
    def overlaps(self, o):
        return self.day == o.day and self.start < o.end and o.start < self.end
slots = [Slot(Day.WED, 14, 16, 'review'), Slot(Day.MON, 9, 10, 'standup'), Slot(Day.MON, 9, 11, 'planning'),
         Slot(Day.FRI, 16, 17, 'demo'), Slot(Day.WED, 15, 17, 'interview'), Slot(Day.TUE, 9, 10, 'standup')]
slots.sort()
for s in slots:
    print(f'{s.day.name:<4}{s.start:02d}-{s.end:02d} {s.title}')
clashes = [(a.title, b.title, a.day.name) for i, a in enumerate(slots) for b in slots[i + 1:] if a.overlaps(b)]
print(clashes)
hours = {d.name: sum(s.end - s.start for s in slots if s.day == d) for d in Day}
print(hours, max(hours, key=hours.get))
