# datetime: user tzinfo subclasses (with DST), conversions, hashing, sorting, copying.
import copy
from datetime import datetime, timedelta, timezone, tzinfo, date, time

HOUR = timedelta(hours=1)


class Eastern(tzinfo):
    """A US-Eastern-like zone with 2007 DST rules (second Sunday of March
    to first Sunday of November, at 2:00 local time)."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = self._sunday(datetime(dt.year, 3, 8, 2))
        end = self._sunday(datetime(dt.year, 11, 1, 1))
        naive = dt.replace(tzinfo=None)
        return HOUR if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    @staticmethod
    def _sunday(dt):
        return dt + timedelta(days=(6 - dt.weekday()))

    def __repr__(self):
        return "Eastern()"


ET = Eastern()
for month in (1, 3, 7, 11, 12):
    d = datetime(2023, month, 15, 12, tzinfo=ET)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc))
    print(d.strftime("%Y-%m-%d %H:%M %Z %z"), d.timetuple().tm_isdst, d.utctimetuple()[:6])
u = datetime(2023, 7, 4, 16, 0, tzinfo=timezone.utc)
print(u.astimezone(ET), repr(u.astimezone(ET)))
print(datetime(2023, 7, 4, 12, tzinfo=ET) == u, datetime(2023, 7, 4, 12, tzinfo=ET) - u)
print(time(10, 30, tzinfo=timezone(timedelta(hours=2))).utcoffset(), time(10, 30, tzinfo=ET).tzname())

stamps = [datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=h))) for h in range(-3, 4)]
print([s.isoformat() for s in sorted(stamps)])
print(len({datetime(2024, 1, 1, 12, tzinfo=timezone.utc), datetime(2024, 1, 1, 14, tzinfo=timezone(2 * HOUR))}))
print(len({timedelta(hours=24), timedelta(days=1), date(2024, 1, 1), date(2024, 1, 1)}))
d = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=ET)
print(copy.copy(d) == d, copy.deepcopy(d) == d, repr(copy.deepcopy(timedelta(1, 2, 3))))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, ET))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, tzinfo=ET).timestamp())
print(max(date(2020, 1, 1), date(2019, 12, 31)), min(time(1), time(0, 59)))
print(f"{datetime(2024, 5, 6, 7, 8, 9):%d.%m.%Y %H:%M:%S} {date(2024, 5, 6):%A %d %B} {time(7, 8):%I:%M %p}")
print("{:%Y}".format(date(33, 1, 1)), format(timedelta(seconds=90061.5)), str(-timedelta(hours=1)))
