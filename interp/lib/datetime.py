"""Dates, times, durations and fixed-offset time zones (weft's datetime).

Written for weft from the behaviour documented at docs.python.org.  The
calendar is the proleptic Gregorian one, days are counted as ordinals
(0001-01-01 is day 1), and every value keeps its fields in slots so that the
hot paths (arithmetic, comparison, formatting) are plain integer work.

The local time zone is the operating system's: it is reached only through
the time module (localtime, mktime), never cached, so a change of TZ is seen
by the next call.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400000000

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

# _D2[n] is "%02d" % n for 0 <= n < 100: formatting is on the hot path of
# isoformat, str and strftime, and a table lookup beats %-formatting.
_D2 = tuple("%02d" % n for n in range(100))

_DAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")
_MONTHNAMES = (None, "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November",
               "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd2ord(year, month, day):
    # Days before the year, before the month in the year, then the day.
    y = year - 1
    n = y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + day
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _ord2ymd(n):
    # Count from 0000-03-01 so that the leap day is the last day of a
    # "year": each 400-year era has 146097 days, and inside an era the
    # March-based day of year maps to a month by a linear formula (153 days
    # per five months).
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, day
    return yoe + era * 400 + 1, mp - 9, day


# Under weft the ordinal conversions come from Go (_datetime); under CPython,
# which runs this file in lib's shadow tests, the Python versions above stay.
try:
    from _datetime import ord2ymd as _ord2ymd, ymd2ord as _ymd2ord
except ImportError:
    pass


def _index(x):
    if type(x) is int:
        return x
    if isinstance(x, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return x.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _div_round(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        up = r2 > b or (r2 == b and q % 2 == 1)
    else:
        up = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if up else q


def _qualname(x):
    t = type(x)
    if t.__module__ == "builtins":
        return t.__name__
    return t.__module__ + "." + t.__qualname__


def _format_offset(off, sep=":"):
    # off is a timedelta or None: "+HH:MM[:SS[.ffffff]]".
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    ss, us = divmod(us, 1000000)
    mm, ss = divmod(ss, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r."
                         % (offset,))


def _iso_time(h, m, s, us, timespec):
    if timespec == "auto":
        if not us:
            return _D2[h] + ":" + _D2[m] + ":" + _D2[s]
        timespec = "microseconds"
    if timespec == "hours":
        return _D2[h]
    if timespec == "minutes":
        return _D2[h] + ":" + _D2[m]
    if timespec == "seconds":
        return _D2[h] + ":" + _D2[m] + ":" + _D2[s]
    if timespec == "milliseconds":
        return f"{_D2[h]}:{_D2[m]}:{_D2[s]}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{_D2[h]}:{_D2[m]}:{_D2[s]}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _iso_date(y, m, d):
    return (str(y) if y >= 1000 else f"{y:04d}") + "-" + _D2[m] + "-" + _D2[d]


def _isoweek1monday(year):
    # The ISO year starts on the Monday of the week that holds January 4th.
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


# strftime: the C library's directives in the C locale, computed from the
# broken-down fields; %f, %z and %Z are Python's additions.
_ABBR_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ABBR_MONTHS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec")


def _strftime(fmt, y, mo, d, h, mi, s, us, obj):
    out = []
    i = 0
    n = len(fmt)
    wd = None
    yday = None
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        if j + 1 >= n:
            out.append("%")
            break
        c = fmt[j + 1]
        i = j + 2
        if c in "aAuwUWcGVj":
            if wd is None:
                o = _ymd2ord(y, mo, d)
                wd = (o + 6) % 7
                yday = o - _ymd2ord(y, 1, 1) + 1
        if c == "Y":
            out.append(str(y))
        elif c == "m":
            out.append(_D2[mo])
        elif c == "d":
            out.append(_D2[d])
        elif c == "H":
            out.append(_D2[h])
        elif c == "M":
            out.append(_D2[mi])
        elif c == "S":
            out.append(_D2[s])
        elif c == "f":
            out.append(f"{us:06d}")
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "a":
            out.append(_ABBR_DAYS[wd])
        elif c == "A":
            out.append(_DAYNAMES[wd])
        elif c == "b" or c == "h":
            out.append(_ABBR_MONTHS[mo])
        elif c == "B":
            out.append(_MONTHNAMES[mo])
        elif c == "I":
            out.append("%02d" % (h % 12 or 12))
        elif c == "l":
            out.append("%2d" % (h % 12 or 12))
        elif c == "k":
            out.append("%2d" % h)
        elif c == "p":
            out.append("AM" if h < 12 else "PM")
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd + 1))
        elif c == "U":
            out.append("%02d" % ((yday - 1 + 7 - (wd + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday - 1 + 7 - wd) // 7))
        elif c == "G" or c == "V":
            iy, iw, _ = _iso_calendar(y, mo, d)
            out.append(str(iy) if c == "G" else "%02d" % iw)
        elif c == "g":
            out.append("%02d" % (_iso_calendar(y, mo, d)[0] % 100))
        elif c == "C":
            out.append("%02d" % (y // 100) if y >= 1000 else str(y // 100))
        elif c == "e":
            out.append("%2d" % d)
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _ABBR_DAYS[wd], _ABBR_MONTHS[mo], d, h, mi, s, y))
        elif c == "x" or c == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c == "X" or c == "T":
            out.append("%02d:%02d:%02d" % (h, mi, s))
        elif c == "R":
            out.append("%02d:%02d" % (h, mi))
        elif c == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "%":
            out.append("%")
        elif c == "z":
            if obj is not None:
                out.append(_format_offset(obj.utcoffset(), ""))
        elif c == "Z":
            if obj is not None:
                name = obj.tzname()
                if name is not None:
                    out.append(name.replace("%", "%%"))
        else:
            out.append("%" + c)
    return "".join(out)


def _iso_calendar(y, m, d):
    today = _ymd2ord(y, m, d)
    monday = _isoweek1monday(y)
    week, day = divmod(today - monday, 7)
    if week < 0:
        y -= 1
        week, day = divmod(today - _isoweek1monday(y), 7)
    elif week >= 52 and today >= _isoweek1monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, day + 1


def _time_fields_from_ts(t, utc):
    # Split a POSIX timestamp into broken-down fields, rounding the fraction
    # to the nearest microsecond (ties to even) as CPython does.
    if isinstance(t, float):
        if t != t or abs(t) > 1e17:
            raise (ValueError("Invalid value NaN (not a number)") if t != t
                   else OverflowError("timestamp out of range for platform time_t"))
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
    else:
        whole = _index(t)
        us = 0
    if utc:
        days, secs = divmod(whole, 86400)
        o = days + _EPOCH_ORDINAL
        if not 1 <= o <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % (_ord2ymd(o)[0],)
                             if abs(o) < 10 ** 9 else "year is out of range")
        y, m, d = _ord2ymd(o)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return y, m, d, hh, mm, ss, us, None
    st = _time.localtime(whole)
    return (st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min,
            min(st.tm_sec, 59), us, st)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999).

    Every constructor argument is folded into these three normalised
    fields; floats are summed exactly and rounded once, half to even.
    """

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        args = (days, seconds, microseconds, milliseconds, minutes, hours,
                weeks)
        exact = True
        for a in args:
            if type(a) is not int:
                exact = False
                break
        if exact:
            us = ((days + weeks * 7) * 86400 + seconds + minutes * 60
                  + hours * 3600) * 1000000 + microseconds + milliseconds * 1000
        else:
            # Sum num/den exactly; float denominators are powers of two.
            num, den = 0, 1
            for a, unit in zip(args, (86400000000, 1000000, 1, 1000,
                                      60000000, 3600000000, 604800000000)):
                if isinstance(a, int):
                    num += a * unit * den
                elif isinstance(a, float):
                    if a != a or a in (_math.inf, -_math.inf):
                        if a != a:
                            raise ValueError("cannot convert float NaN to integer")
                        raise OverflowError("cannot convert float infinity to integer")
                    an, ad = a.as_integer_ratio()
                    if ad > den:
                        num *= ad // den
                        den = ad
                    num += an * unit * (den // ad)
                else:
                    raise TypeError("unsupported type for timedelta %s "
                                    "component: %s" % (
                                        ("days", "seconds", "microseconds",
                                         "milliseconds", "minutes", "hours",
                                         "weeks")[args.index(a)],
                                        type(a).__name__))
            us = _div_round(num, den)
        return _td_from_us(us, cls)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_qualname(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_div_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_div_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("float division by zero")
            return _td_from_us(_div_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash(self._key())
        return h

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())

    # Values are immutable: a copy is the value itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _td_from_us(us, cls=timedelta):
    d, rem = divmod(us, _US_PER_DAY)
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    s, us = divmod(rem, 1000000)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)
_ONE_DAY = _td_from_us(_US_PER_DAY)
_ZERO = _td_from_us(0)


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if not (type(year) is int and type(month) is int and type(day) is int
                and MINYEAR <= year <= MAXYEAR and 1 <= month <= 12
                and 1 <= day <= 28):
            year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _time_fields_from_ts(t, False)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            fields = _parse_iso_date(s, len(s))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_qualname(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        return _iso_date(self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return _strftime("%c", self._year, self._month, self._day, 0, 0, 0, 0,
                         None)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        o = self.toordinal()
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  (o + 6) % 7,
                                  o - _ymd2ord(self._year, 1, 1) + 1, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def _dkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() != other._dkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash(self._dkey())
        return h

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                return type(self)(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._dkey())

    # Values are immutable: a copy is the value itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of date.isocalendar(), with names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


IsoCalendarDate.__module__ = "datetime"


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists only in years that start on a Thursday, or on a
        # Wednesday in leap years.
        first_wd = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first_wd == 4 or (first_wd == 3 and _is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    o = _isoweek1monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(o)


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s, n):
    # n is the length of the date part: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
    # YYYYWww[D].
    year = _digits(s, 0, 4)
    ext = s[4] == "-"
    i = 5 if ext else 4
    if s[i] == "W":
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if i < n:
            if ext:
                if s[i] != "-":
                    raise ValueError
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if i != n:
            raise ValueError
        return _from_iso_calendar(year, week, day)
    month = _digits(s, i, 2)
    i += 2
    if ext:
        if s[i] != "-":
            raise ValueError
        i += 1
    day = _digits(s, i, 2)
    if i + 2 != n:
        raise ValueError
    return year, month, day


def _iso_date_len(s):
    # The length of the date at the front of a datetime string.
    if len(s) > 4 and s[4] == "-":
        if len(s) > 5 and s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if len(s) > 4 and s[4] == "W":
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    return 8


def _parse_iso_time(s):
    # HH[:MM[:SS[.fff]]] or the basic HHMMSS forms, then an optional offset:
    # Z, +HH, +HHMM, +HH:MM, +HH:MM:SS[.ffffff].
    tz = None
    for k, ch in enumerate(s):
        if ch in "+-Z":
            tzs = s[k:]
            s = s[:k]
            if tzs == "Z":
                tz = timezone.utc
            else:
                h, m, sec, us = _parse_hms(tzs[1:])
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                if tzs[0] == "-":
                    off = -off
                tz = timezone.utc if not off else timezone(off)
            break
    h, m, sec, us = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    n = len(s)
    if n < 2:
        raise ValueError
    h = _digits(s, 0, 2)
    m = sec = us = 0
    i = 2
    ext = n > 2 and s[2] == ":"
    fields = [h]
    while i < n and len(fields) < 3:
        if ext:
            if s[i] != ":":
                break
            i += 1
        fields.append(_digits(s, i, 2))
        i += 2
    if i < n:
        if len(fields) != 3 or s[i] not in ".,":
            raise ValueError
        frac = s[i + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError
        us = int((frac + "00000")[:6])
        i = n
    while len(fields) < 3:
        fields.append(0)
    h, m, sec = fields
    return h, m, sec, us


class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset, dst, tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


class time:
    """A time of day (hour, minute, second, microsecond), optionally aware."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s.startswith("T") else s
        try:
            h, m, sec, us, tz = _parse_iso_time(t)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(h, m, sec, us, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_utc_offset("dst", off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_qualname(self), s)

    def isoformat(self, timespec="auto"):
        s = _iso_time(self._hour, self._minute, self._second,
                      self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp(self, other, op):
        # Naive times compare by fields; aware ones after their offsets.
        if self._tzinfo is other._tzinfo:
            a = b = None
        else:
            a = self.utcoffset()
            b = other.utcoffset()
        k1 = (self._hour, self._minute, self._second, self._microsecond)
        k2 = (other._hour, other._minute, other._second, other._microsecond)
        if a != b:
            if (a is None) != (b is None):
                if op == "eq":
                    return False
                if op == "ne":
                    return True
                raise TypeError("can't compare offset-naive and offset-aware times")
            k1 = (self._hour * 3600 + self._minute * 60 + self._second
                  - a._to_us() // 1000000, self._microsecond)
            k2 = (other._hour * 3600 + other._minute * 60 + other._second
                  - b._to_us() // 1000000, other._microsecond)
        return _apply(op, k1, k2)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "eq")
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "ne")
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "lt")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "le")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "gt")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "ge")
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                h = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                secs = t._hour * 3600 + t._minute * 60 + t._second - off._to_us() // 1000000
                h = hash((secs, t._microsecond))
            self._hashcode = h
        return h

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    # Values are immutable: a copy is the value itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _apply(op, a, b):
    if op == "eq":
        return a == b
    if op == "ne":
        return a != b
    if op == "lt":
        return a < b
    if op == "le":
        return a <= b
    if op == "gt":
        return a > b
    return a >= b


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally aware (with a tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        # The common case (int fields, a day every month has, a naive
        # value) is checked inline; anything else goes through the full
        # checks, which also produce the error messages.
        if not (type(year) is int and type(month) is int and type(day) is int
                and MINYEAR <= year <= MAXYEAR and 1 <= month <= 12
                and 1 <= day <= 28):
            year, month, day = _check_date(year, month, day)
        if not (type(hour) is int and type(minute) is int
                and type(second) is int and type(microsecond) is int
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59
                and 0 <= microsecond <= 999999 and fold == 0):
            hour, minute, second, microsecond, fold = _check_time(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us, st = _time_fields_from_ts(t, tz is not None)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us, st = _time_fields_from_ts(t, True)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour,
                   time_._minute, time_._second, time_._microsecond, tzinfo,
                   fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            n = _iso_date_len(s)
            if len(s) < n:
                raise ValueError
            y, m, d = _parse_iso_date(s[:n], n)
            h = mi = sec = us = 0
            tz = None
            if len(s) > n:
                if len(s) == n + 1:
                    raise ValueError
                h, mi, sec, us, tz = _parse_iso_time(s[n + 1:])
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, data, fmt):
        fields, tz = _strptime(data, fmt)
        return cls(*fields, tzinfo=tz)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        o = self.toordinal()
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  (o + 6) % 7,
                                  o - _ymd2ord(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        o = t.toordinal()
        return _time.struct_time((t._year, t._month, t._day, t._hour,
                                  t._minute, t._second, (o + 6) % 7,
                                  o - _ymd2ord(t._year, 1, 1) + 1, 0))

    def _epoch_us(self):
        # Microseconds since the epoch of the naive fields, read as UTC.
        return (((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
                 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def timestamp(self):
        if self._tzinfo is None:
            secs = _time.mktime((self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, 0, 0, -1))
            return secs + self._microsecond / 1e6
        return (self - self.utcoffset())._epoch_us() / 10 ** 6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        ts = self.timestamp() if self._tzinfo is None else (
            (self - self.utcoffset())._epoch_us() // 1000000)
        st = _time.localtime(_math.floor(ts))
        return timezone(timedelta(seconds=st.tm_gmtoff), st.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            off = mytz.utcoffset(self)
        else:
            if tz is mytz:
                return self
            off = mytz.utcoffset(self)
            if off is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                off = mytz.utcoffset(self)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_utc_offset("dst", off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % type(name).__name__)
        return name

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                    self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_qualname(self), s)

    def isoformat(self, sep="T", timespec="auto"):
        return (_iso_date(self._year, self._month, self._day) + sep
                + _iso_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return _strftime("%c", self._year, self._month, self._day, self._hour,
                         self._minute, self._second, 0, None)

    def strftime(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, self)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        days = _ymd2ord(self._year, self._month, self._day) + other._days
        secs = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        us = self._microsecond + other._microseconds
        if us >= 1000000:
            us -= 1000000
            secs += 1
        if secs >= 86400:
            secs -= 86400
            days += 1
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        r = object.__new__(type(self))
        r._year = y
        r._month = m
        r._day = d
        r._hour = hh
        r._minute = mm
        r._second = ss
        r._microsecond = us
        r._tzinfo = self._tzinfo
        r._fold = 0
        r._hashcode = -1
        return r

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._epoch_us()
        b = other._epoch_us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware "
                                "datetimes")
            if off1 is not None:
                a -= off1._to_us()
                b -= off2._to_us()
        return _td_from_us(a - b)

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            return _apply(op, self._key(), other._key())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if (off1 is None) != (off2 is None):
            if op == "eq":
                return False
            if op == "ne":
                return True
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if off1 == off2:
            return _apply(op, self._key(), other._key())
        return _apply(op, self._epoch_us() - off1._to_us(),
                      other._epoch_us() - off2._to_us())

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _other(self, other, op):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and op not in ("eq", "ne"):
            raise TypeError("can't compare %s to %s" % (_qualname(self),
                                                        _qualname(other)))
        return False

    def __eq__(self, other):
        if self._other(other, "eq"):
            return self._cmp(other, "eq")
        return NotImplemented if not isinstance(other, date) else False

    def __ne__(self, other):
        if self._other(other, "ne"):
            return self._cmp(other, "ne")
        return NotImplemented if not isinstance(other, date) else True

    def __lt__(self, other):
        if self._other(other, "lt"):
            return self._cmp(other, "lt")
        return NotImplemented

    def __le__(self, other):
        if self._other(other, "le"):
            return self._cmp(other, "le")
        return NotImplemented

    def __gt__(self, other):
        if self._other(other, "gt"):
            return self._cmp(other, "gt")
        return NotImplemented

    def __ge__(self, other):
        if self._other(other, "ge"):
            return self._cmp(other, "ge")
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                h = hash(t._key())
            else:
                h = hash(t._epoch_us() - off._to_us())
            self._hashcode = h
        return h

    def __reduce__(self):
        args = self._key()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


_utc = None  # timezone.utc once it exists: timezone(timedelta(0)) is it.


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        if name is None and not offset and _utc is not None:
            return _utc
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    # Values are immutable: a copy is the value itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_qualname(self), self._offset)
        return "%s(%r, %r)" % (_qualname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_utc = timezone(_ZERO)
timezone.utc = UTC = _utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# strptime: each directive becomes a named regular-expression group; the
# matched groups are then turned into fields.
_STRPTIME_RE = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": "(?P<a>" + "|".join(n.lower() for n in _ABBR_DAYS) + ")",
    "A": "(?P<A>" + "|".join(n.lower() for n in _DAYNAMES) + ")",
    "b": "(?P<b>" + "|".join(n.lower() for n in _ABBR_MONTHS[1:]) + ")",
    "B": "(?P<B>" + "|".join(n.lower() for n in _MONTHNAMES[1:]) + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_STRPTIME_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y",
                       "X": "%H:%M:%S", "D": "%m/%d/%y", "T": "%H:%M:%S",
                       "R": "%H:%M", "F": "%Y-%m-%d", "h": "%b"}
_strptime_cache = {}


def _strptime_pattern(fmt):
    import re
    pat = _strptime_cache.get(fmt)
    if pat is not None:
        return pat
    key = fmt
    out = []
    seen = set()
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d in _STRPTIME_COMPOSITE:
                fmt = fmt[:i] + _STRPTIME_COMPOSITE[d] + fmt[i + 2:]
                continue
            if d not in _STRPTIME_RE:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, "%" + d))
            r = _STRPTIME_RE[d]
            if d in seen and d != "%":
                r = "(?P=%s)" % d
            seen.add(d)
            out.append(r)
            i += 2
        elif c.isspace():
            out.append(r"\s+")
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            out.append(re.escape(c))
            i += 1
    pat = re.compile("".join(out), re.IGNORECASE)
    _strptime_cache[key] = pat
    return pat


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s"
                        % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s"
                        % type(fmt).__name__)
    m = _strptime_pattern(fmt).match(data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != m.end():
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    wd = None
    yday = None
    week = None
    week_start = None
    iso_year = iso_week = None
    if g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if g.get("Y") is not None:
        year = int(g["Y"])
    if g.get("G") is not None:
        iso_year = int(g["G"])
    if g.get("m") is not None:
        month = int(g["m"])
    if g.get("B") is not None:
        month = [n.lower() for n in _MONTHNAMES[1:]].index(g["B"].lower()) + 1
    if g.get("b") is not None:
        month = [n.lower() for n in _ABBR_MONTHS[1:]].index(g["b"].lower()) + 1
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        pm = (g.get("p") or "").lower() == "pm"
        if pm:
            hour = 12 if hour == 12 else hour + 12
        elif hour == 12:
            hour = 0
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        us = int((g["f"] + "00000")[:6])
    if g.get("A") is not None:
        wd = [n.lower() for n in _DAYNAMES].index(g["A"].lower())
    if g.get("a") is not None:
        wd = [n.lower() for n in _ABBR_DAYS].index(g["a"].lower())
    if g.get("w") is not None:
        wd = (int(g["w"]) + 6) % 7
    if g.get("u") is not None:
        wd = int(g["u"]) - 1
    if g.get("j") is not None:
        yday = int(g["j"])
    if g.get("U") is not None:
        week, week_start = int(g["U"]), 6
    if g.get("W") is not None:
        week, week_start = int(g["W"]), 0
    if g.get("V") is not None:
        iso_week = int(g["V"])
    if g.get("z") is not None:
        z = g["z"]
        if z == "Z" or z == "z":
            off = _ZERO
        else:
            h, mi, sec, u = _parse_hms(z[1:].replace(":", ""))
            off = timedelta(hours=h, minutes=mi, seconds=sec, microseconds=u)
            if z[0] == "-":
                off = -off
        name = g.get("Z")
        tz = timezone(off, name) if name else timezone(off)
    if iso_year is not None or iso_week is not None:
        if iso_year is None or iso_week is None or wd is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        year, month, day = _from_iso_calendar(iso_year, iso_week, wd + 1)
    elif yday is None and week is not None and wd is not None:
        # Week 1 starts on the year's first week_start day (Sunday for %U,
        # Monday for %W); days before it are in week 0.
        first = _ymd2ord(year, 1, 1)
        first_start = first + (week_start - (first + 6) % 7) % 7
        o = first_start + (week - 1) * 7 + (wd - week_start) % 7
        year, month, day = _ord2ymd(o)
    if yday is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + yday - 1)
    return (year, month, day, hour, minute, second, us), tz
