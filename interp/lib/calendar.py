"""Calendar arithmetic and calendar text (weft's calendar module).

Written for weft from the behaviour documented at docs.python.org.  Days of
the week are numbered from Monday (0) to Sunday (6), as in datetime; a
Calendar's firstweekday only changes where its weeks start.  Names are the C
locale's (English): weft has no locale database.
"""

import datetime as _datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY", "error"]

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1..12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


January = 1
February = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_EPOCH_ORDINAL = _datetime.date(1970, 1, 1).toordinal()


class _Names:
    """A read-only sequence of day or month names (what CPython's locale
    aware name lists look like in the C locale)."""

    def __init__(self, names):
        self._names = tuple(names)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self._names[i])
        return self._names[i]

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


day_name = _Names(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday"])
day_abbr = _Names([n[:3] for n in day_name])
month_name = _Names(["", "January", "February", "March", "April", "May",
                     "June", "July", "August", "September", "October",
                     "November", "December"])
month_abbr = _Names([n[:3] for n in month_name])


def isleap(year):
    """True for a leap year of the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of year-month-day."""
    if not _datetime.MINYEAR <= year <= _datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return _datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


class Calendar:
    """Iterators over the days of a month, in weeks starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield _datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        day1, ndays = monthrange(year, month)
        yield from [0] * ((day1 - self.firstweekday) % 7)
        yield from range(1, ndays + 1)
        yield from [0] * ((self.firstweekday - day1 - ndays) % 7)

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


def _weeks(days):
    return [days[i:i + 7] for i in range(0, len(days), 7)]


class TextCalendar(Calendar):
    """Plain-text calendars: a month is 7 columns of width w separated by
    one space; a year is rows of m months separated by c spaces."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        s = "" if day == 0 else "%2i" % day
        return s.center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        out = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
               "\n" * l, self.formatweekheader(w).rstrip(), "\n" * l]
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week, w).rstrip())
            out.append("\n" * l)
        return "".join(out)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(),
               "\n" * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append("\n" * l)
            names = [self.formatmonthname(theyear, k, colwidth, False)
                     for k in months]
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append("\n" * l)
            out.append(formatstring([header] * len(months), colwidth, c).rstrip())
            out.append("\n" * l)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ""
                         for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append("\n" * l)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """HTML tables of months and years; the CSS class attributes name the
    weekday of each cell."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(i)
                                       for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %s" % (s, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
               % self.cssclass_month, "\n",
               self.formatmonthname(theyear, themonth, withyear=withyear), "\n",
               self.formatweekheader(), "\n"]
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week))
            out.append("\n")
        out.append("</table>")
        out.append("\n")
        return "".join(out)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
               % self.cssclass_year, "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for i in range(1, 13, width):
            out.append("<tr>")
            for m in range(i, min(i + width, 13)):
                out.append("<td>")
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append("</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)


def formatstring(cols, colwidth=20, spacing=6):
    """Centre each column in colwidth and join them with spacing spaces."""
    return (" " * spacing).join(c.center(colwidth) for c in cols)


def timegm(tuple):
    """The inverse of time.gmtime: seconds since the epoch of a UTC tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# The module-level functions work on one shared TextCalendar, so that
# setfirstweekday changes them all.
c = TextCalendar()


def firstweekday():
    return c.getfirstweekday()


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear
