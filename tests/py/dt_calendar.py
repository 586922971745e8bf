# calendar: text and HTML calendars, month arithmetic, first weekday and errors.
import calendar

calendar.prmonth(2024, 2)
calendar.prcal(2023)
print(calendar.month(2021, 8, 3, 1))
print(calendar.calendar(2000, 2, 1, 4, 4))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(1999, 12))
print(calendar.HTMLCalendar(calendar.MONDAY).formatmonth(2022, 5))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900))
print(calendar.weekday(2024, 7, 14), calendar.weekday(12000, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.monthcalendar(2024, 3))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
calendar.prmonth(2024, 9)
print(calendar.monthcalendar(2024, 9))
calendar.setfirstweekday(calendar.MONDAY)
cal = calendar.Calendar(firstweekday=3)
print(list(cal.iterweekdays()))
print([str(d) for d in cal.itermonthdates(2024, 1)][:9])
print(list(cal.itermonthdays2(2024, 1))[:9])
print(cal.yeardayscalendar(2024, 6)[1][0])
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 0), lambda: calendar.weekday(2024, 2, 30)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
