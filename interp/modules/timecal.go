package modules

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/weftrun/weft/interp/objects"
)

// structTimeType is time.struct_time: nine tuple items and two
// attribute-only fields, as in CPython.
var structTimeType = objects.NewStructSeqType("time.struct_time",
	[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9)

// addTimeCalendar adds the calendar half of the time module: the _ns
// clocks, gmtime, localtime, mktime, strftime, asctime and struct_time.
func addTimeCalendar(m *objects.Module) {
	m.Dict.SetStr(objects.Interned("struct_time"), structTimeType.Type.Value())
	fn(m, "monotonic_ns", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(time.Since(startTime))), nil
	})
	fn(m, "process_time_ns", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(processCPUTime())), nil
	})
	fn(m, "thread_time_ns", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(threadCPUTime())), nil
	})
	convert := func(name string, loc func() *time.Location) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) > 1 || len(kw) > 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
			}
			t := time.Now()
			if len(args) == 1 && !args[0].IsNone() {
				secs, ok, err := objects.ToFloat(args[0])
				if err != nil || !ok {
					return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
				}
				if math.IsNaN(secs) {
					return value{}, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
				}
				if math.Abs(secs) > 1e17 {
					return value{}, objects.Errorf(objects.OverflowErrorType, "timestamp out of range for platform time_t")
				}
				whole := math.Floor(secs)
				t = time.Unix(int64(whole), 0)
			}
			return structTime(t.In(loc())), nil
		})
	}
	convert("gmtime", func() *time.Location { return time.UTC })
	convert("localtime", func() *time.Location { return time.Local })
	fn(m, "mktime", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "time.mktime() takes exactly one argument (%d given)", len(args))
		}
		t, err := fromStructTime(c, args[0], time.Local)
		if err != nil {
			return value{}, err
		}
		return objects.Float(float64(t.Unix())), nil
	})
	fn(m, "strftime", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) < 1 || len(args) > 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "strftime expected at least 1 argument, got %d", len(args))
		}
		f := objects.AsStr(args[0])
		if f == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		t := time.Now()
		if len(args) == 2 {
			var err error
			if t, err = fromStructTime(c, args[1], time.Local); err != nil {
				return value{}, err
			}
		}
		return objects.StrValue(strftime(f.S, t)), nil
	})
	fn(m, "asctime", func(c objects.Ctx, args []value, kw []string) (value, error) {
		t := time.Now()
		if len(args) == 1 {
			var err error
			if t, err = fromStructTime(c, args[0], time.Local); err != nil {
				return value{}, err
			}
		}
		return objects.StrValue(strftime("%a %b %e %H:%M:%S %Y", t)), nil
	})
}

// zoneName is the C library's name for t's zone: glibc calls UTC "GMT".
func zoneName(t time.Time) string {
	if t.Location() == time.UTC {
		return "GMT"
	}
	name, _ := t.Zone()
	return name
}

func structTime(t time.Time) value {
	_, off := t.Zone()
	name := zoneName(t)
	i := func(n int) value { return objects.Int(int64(n)) }
	return structTimeType.New(i(t.Year()), i(int(t.Month())), i(t.Day()), i(t.Hour()), i(t.Minute()), i(t.Second()),
		i((int(t.Weekday())+6)%7), i(t.YearDay()), i(0), objects.StrValue(name), i(off))
}

// fromStructTime reads a struct_time or any 9-sequence of ints.
func fromStructTime(c objects.Ctx, v value, loc *time.Location) (time.Time, error) {
	items, err := objects.ToSlice(c, v)
	if err != nil || len(items) < 9 {
		return time.Time{}, objects.Errorf(objects.TypeErrorType, "Tuple or struct_time argument required")
	}
	var f [6]int
	for k := range f {
		n, err := objects.IndexOf(c, items[k])
		if err != nil {
			return time.Time{}, err
		}
		f[k] = int(n)
	}
	// A struct_time from gmtime carries its zone: keep it UTC.
	if v.Type() == structTimeType.Type {
		zone, err := objects.GetAttr(c, v, objects.Interned("tm_zone"))
		if err != nil {
			return time.Time{}, err
		}
		if z := objects.AsStr(zone); z != nil && (z.S == "GMT" || z.S == "UTC") {
			loc = time.UTC
		}
	}
	return time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc), nil
}

// strftime formats t with the C library's directives in the C locale.
func strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		ch := format[i]
		if ch != '%' || i+1 == len(format) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			b.WriteString(map[bool]string{true: "AM", false: "PM"}[t.Hour() < 12])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'b', 'h':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'u':
			fmt.Fprintf(&b, "%d", (int(t.Weekday())+6)%7+1)
		case 'Z':
			b.WriteString(zoneName(t))
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'X', 'T':
			b.WriteString(strftime("%H:%M:%S", t))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", t))
		case 'R':
			b.WriteString(strftime("%H:%M", t))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
