# datetime: parse, checked against CPython; errors print their type and message.
import datetime


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


show('datetime.datetime.fromisoformat("2011-11-04T00:05:23Z")')
show('datetime.datetime.fromisoformat("20111104T000523")')
show('datetime.datetime.fromisoformat("2011-W01-2T00:05:23.283")')
show('datetime.datetime.fromisoformat("2011-11-04 00:05:23.283+00:00")')
show('datetime.datetime.fromisoformat("2011-11-04T00:05:23+04:00")')
show('datetime.datetime.fromisoformat("2011-11-04")')
show('datetime.datetime.fromisoformat("2011-11-04T00")')
show('datetime.datetime.fromisoformat("2011-11-04T0005")')
show('datetime.datetime.fromisoformat("2011-11-04T00:05:23.1234567-07:30:15.5")')
show('datetime.datetime.fromisoformat("2011-11-04T")')
show('datetime.datetime.fromisoformat("2011-11-04T24:00")')
show('datetime.datetime.fromisoformat("2011-11-04T00:05:23,5")')
show('datetime.datetime.fromisoformat("2011-11-04X00:05")')
show('datetime.time.fromisoformat("04:23:01.000384")')
show('datetime.time.fromisoformat("T042301")')
show('datetime.time.fromisoformat("04:23:01+04:00")')
show('datetime.time.fromisoformat("04:23:01Z")')
show('datetime.time.fromisoformat("4:23")')
show('datetime.time.fromisoformat("04:23:")')
show('datetime.datetime.strptime("2020-03-04 05:06:07.123","%Y-%m-%d %H:%M:%S.%f")')
show('datetime.datetime.strptime("Tue Mar  3 05:06:07 2020","%c")')
show('datetime.datetime.strptime("03/04/20 11PM","%x %I%p")')
show('datetime.datetime.strptime("2020 10 3","%Y %W %w")')
show('datetime.datetime.strptime("2020 10 3","%Y %U %w")')
show('datetime.datetime.strptime("2021 0 0","%Y %U %w")')
show('datetime.datetime.strptime("2021 1 1","%Y %W %w")')
show('datetime.datetime.strptime("2020-W10-3","%G-W%V-%u")')
show('datetime.datetime.strptime("2020 100","%Y %j")')
show('datetime.datetime.strptime("12:30+0530","%H:%M%z")')
show('datetime.datetime.strptime("12:30-05:30:10 EST","%H:%M%z %Z")')
show('datetime.datetime.strptime("12:30 Z","%H:%M %z")')
show('datetime.datetime.strptime("March 5 2021","%B %d %Y")')
show('datetime.datetime.strptime("2021","%Q")')
show('datetime.datetime.strptime("1","%")')
show('datetime.datetime.strptime("2021-02-30","%Y-%m-%d")')
