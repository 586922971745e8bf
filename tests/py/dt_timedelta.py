# datetime: timedelta, checked against CPython; errors print their type and message.
import datetime


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


show('datetime.timedelta(1.5, 3.25, -7, 0.5, 3, -2.5, 1)')
show('datetime.timedelta(microseconds=1.5)')
show('datetime.timedelta(microseconds=2.5)')
show('datetime.timedelta(seconds=0.0000005)')
show('str(datetime.timedelta(-3, -5))')
show('str(datetime.timedelta(2,5,7))')
show('datetime.timedelta(1,2,3)*2.5')
show('datetime.timedelta(1,2,3)/3')
show('datetime.timedelta(1,2,3)/datetime.timedelta(0,7)')
show('datetime.timedelta(1,2,3)//datetime.timedelta(0,7)')
show('divmod(datetime.timedelta(1,2,3),datetime.timedelta(0,7))')
show('datetime.timedelta(1,2,3)%datetime.timedelta(0,7)')
show('datetime.timedelta(1,2,3)/1.7')
show('-datetime.timedelta(1,2,3)')
show('abs(datetime.timedelta(-1))')
show('datetime.timedelta(1,2,3).total_seconds()')
show('datetime.timedelta.max')
show('datetime.timedelta.min')
show('datetime.timedelta.max+datetime.timedelta(1)')
show('datetime.timedelta(hours=1)==datetime.timedelta(seconds=3600)')
show('datetime.timedelta(1)<datetime.timedelta(2)')
show('datetime.timedelta(1)==1')
show('datetime.timedelta("1")')
show('datetime.timedelta(days=1e9)')
show('datetime.timedelta(days=float("nan"))')
