// Package datetimemod is _datetime, the Go half of weft's datetime module:
// the conversions between proleptic Gregorian dates and day ordinals that
// every date and datetime operation performs (construction from a
// timestamp, arithmetic, weekday, ISO calendar). In Python they cost a
// score of integer operations per call; here they are a few machine
// instructions behind one builtin call. datetime.py keeps Python versions
// of the same functions for running under CPython (lib's shadow tests),
// and both are checked against CPython's datetime by the golden programs
// and interp/lib/testdata/test_datetime.py.
package datetimemod

import "github.com/weftrun/weft/interp/objects"

type value = objects.Value

// NewModule builds the _datetime module.
func NewModule() *objects.Module {
	m := objects.NewModule("_datetime")
	def := func(name string, f objects.BuiltinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_datetime"
		m.Dict.SetStr(objects.Interned(name), b.Value())
	}
	def("ord2ymd", func(c objects.Ctx, args []value, kw []string) (value, error) {
		n, err := intArgs("ord2ymd", args, kw, 1)
		if err != nil {
			return value{}, err
		}
		y, mo, d := OrdinalToDate(n[0])
		return objects.NewTuple([]value{objects.Int(y), objects.Int(mo), objects.Int(d)}).Value(), nil
	})
	def("ymd2ord", func(c objects.Ctx, args []value, kw []string) (value, error) {
		n, err := intArgs("ymd2ord", args, kw, 3)
		if err != nil {
			return value{}, err
		}
		if n[1] < 1 || n[1] > 12 {
			return value{}, objects.Errorf(objects.ValueErrorType, "month must be in 1..12")
		}
		return objects.Int(DateToOrdinal(n[0], n[1], n[2])), nil
	})
	return m
}

// intArgs reads want positional int arguments that fit in 32 bits: the
// ordinals and fields datetime.py passes are far inside that range, and
// the bound keeps the arithmetic below free of overflow.
func intArgs(name string, args []value, kw []string, want int) ([]int64, error) {
	if len(kw) > 0 || len(args) != want {
		return nil, objects.Errorf(objects.TypeErrorType, "%s() takes exactly %d arguments (%d given)", name, want, len(args))
	}
	out := make([]int64, want)
	for i, a := range args {
		n, ok := objects.AsInt64(a)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() arguments must be int, not %s", name, a.Type().Name)
		}
		if n < -1<<31 || n > 1<<31 {
			return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
		}
		out[i] = n
	}
	return out, nil
}

// daysBeforeMonth[m] is the number of days before month m in a common year.
var daysBeforeMonth = [13]int64{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// floorDiv is Python's // for a positive divisor.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// DateToOrdinal is the day number of year-month-day, 0001-01-01 being 1.
// month must be in 1..12; day is not checked (day 0 is the last day of
// the previous month).
func DateToOrdinal(year, month, day int64) int64 {
	y := year - 1
	n := y*365 + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) + daysBeforeMonth[month] + day
	if month > 2 && isLeap(year) {
		n++
	}
	return n
}

// OrdinalToDate is the inverse of DateToOrdinal. It counts days from
// 0000-03-01 so that the leap day ends each March-based year: a 400-year
// era is 146097 days, the year of the era follows from the day of the era
// by correcting for the 4-, 100- and 400-year leap rules, and the
// March-based day of the year maps to a month linearly (153 days per five
// months).
func OrdinalToDate(n int64) (year, month, day int64) {
	z := n + 305
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		return yoe + era*400, mp + 3, day
	}
	return yoe + era*400 + 1, mp - 9, day
}
