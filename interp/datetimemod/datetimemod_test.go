package datetimemod

import (
	"testing"
	"time"
)

// TestOrdinalsAgreeWithGoTime checks both conversions against Go's own
// calendar over every day from 0001-01-01 to 9999-12-31 (Go's time is
// proleptic Gregorian too), and that they invert each other.
func TestOrdinalsAgreeWithGoTime(t *testing.T) {
	day := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := int64(1); n <= 3652059; n++ {
		y, m, d := OrdinalToDate(n)
		if y != int64(day.Year()) || m != int64(day.Month()) || d != int64(day.Day()) {
			t.Fatalf("OrdinalToDate(%d) = %d-%d-%d, want %s", n, y, m, d, day.Format("2006-01-02"))
		}
		if back := DateToOrdinal(y, m, d); back != n {
			t.Fatalf("DateToOrdinal(%d, %d, %d) = %d, want %d", y, m, d, back, n)
		}
		day = day.AddDate(0, 0, 1)
	}
}

func BenchmarkOrdinalToDate(b *testing.B) {
	var sink int64
	for i := 0; b.Loop(); i++ {
		y, m, d := OrdinalToDate(int64(700000 + i%100000))
		sink += y + m + d
	}
	_ = sink
}
