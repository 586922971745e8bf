# datetime: date, checked against CPython; errors print their type and message.
import datetime


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


show('datetime.date(2020,2,29)+datetime.timedelta(365)')
show('datetime.date(2020,3,1)-datetime.date(2019,3,1)')
show('datetime.date(2020,1,1).ctime()')
show('datetime.date(2020,1,1).timetuple()')
show('datetime.date.fromisoformat("2020-02-29")')
show('datetime.date.fromisoformat("20200229")')
show('datetime.date.fromisoformat("2020-W09-6")')
show('datetime.date.fromisoformat("2020W096")')
show('datetime.date.fromisoformat("2020W09")')
show('datetime.date.fromisoformat("2020-02-30")')
show('datetime.date.fromisoformat("2020-2-3")')
show('datetime.date.fromisocalendar(2020,53,7)')
show('datetime.date.fromisocalendar(2021,53,1)')
show('datetime.date(2020,5,17).replace(day=31)')
show('format(datetime.date(2020,5,17), "%d/%m")')
show('f"{datetime.date(2020,5,17)}"')
show('datetime.date(2020,5,17)==datetime.datetime(2020,5,17)')
show('datetime.date(2020,5,17)<datetime.datetime(2020,5,17)')
show('datetime.date.max')
show('datetime.date.min')
show('datetime.date.resolution')
show('datetime.date.fromordinal(3652060)')
show('datetime.date(2020,1,1).isoformat()')
show('datetime.date(2020,1,5).isocalendar().week')
show('datetime.date(2020,1,1) - datetime.timedelta(days=737425)')
show('format(datetime.datetime(2020,1,2), "")')

# Every ordinal in a sweep round-trips and agrees with the ISO calendar.
count = 0
for o in list(range(1, 800)) + list(range(700000, 3652059, 9973)):
    d = datetime.date.fromordinal(o)
    assert d.toordinal() == o
    assert datetime.date.fromisocalendar(*d.isocalendar()) == d
    count += 1
    if o % 97 == 0:
        print(o, d, d.isocalendar(), d.strftime("%a %j %U %W %G-%V-%u"))
print(count, "ordinals checked")
