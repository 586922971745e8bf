package pyfmt

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
)

// Benchmarks against strconv, the peer that supplies pyfmt's digits: the
// ratio between each pair is pyfmt's layout overhead.

var benchFloats = func() []float64 {
	r := rand.New(rand.NewSource(1))
	out := make([]float64, 1024)
	for i := range out {
		switch i % 3 {
		case 0:
			out[i] = r.Float64() * 1000
		case 1:
			out[i] = math.Float64frombits(r.Uint64())
		default:
			out[i] = float64(r.Intn(100000)) / 100
		}
	}
	return out
}()

var sink string

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = FloatRepr(benchFloats[i&1023])
	}
}

func BenchmarkStrconvShortest(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = strconv.FormatFloat(benchFloats[i&1023], 'g', -1, 64)
	}
}

func BenchmarkFormatFloat2f(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink, _ = FormatFloat(benchFloats[i&1023], ".2f")
	}
}

func BenchmarkStrconv2f(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = strconv.FormatFloat(benchFloats[i&1023], 'f', 2, 64)
	}
}

func BenchmarkFormatFloatWidthGrouping(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink, _ = FormatFloat(benchFloats[i&1023], ">20,.3e")
	}
}

func BenchmarkParseIntSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := ParseIntSmall("-1234567", 10); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrconvParseInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := strconv.ParseInt("-1234567", 10, 64); err != nil {
			b.Fatal(err)
		}
	}
}
