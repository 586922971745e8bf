package pydecimal

import (
	"math/big"
	"testing"
)

// The benchmarks measure the engine on the operations of a typical money
// loop at the default precision; BenchmarkBigFloat* do the same work with
// math/big's binary floats (prec 93 bits ≈ 28 digits) as the peer.

var benchCtx = &Context{Prec: 28, Emin: -999999, Emax: 999999}

func BenchmarkAdd(b *testing.B) {
	x, _ := Parse("1234.5678")
	y, _ := Parse("0.0005")
	for i := 0; i < b.N; i++ {
		benchCtx.Add(x, y)
	}
}

func BenchmarkMul(b *testing.B) {
	x, _ := Parse("1234.5678")
	y, _ := Parse("1.0005")
	for i := 0; i < b.N; i++ {
		benchCtx.Mul(x, y)
	}
}

func BenchmarkDiv(b *testing.B) {
	x, _ := Parse("1234.5678")
	y, _ := Parse("1.0005")
	for i := 0; i < b.N; i++ {
		benchCtx.Div(x, y)
	}
}

func BenchmarkBigFloatAdd(b *testing.B) {
	x, _ := new(big.Float).SetPrec(93).SetString("1234.5678")
	y, _ := new(big.Float).SetPrec(93).SetString("0.0005")
	for i := 0; i < b.N; i++ {
		new(big.Float).SetPrec(93).Add(x, y)
	}
}

func BenchmarkBigFloatMul(b *testing.B) {
	x, _ := new(big.Float).SetPrec(93).SetString("1234.5678")
	y, _ := new(big.Float).SetPrec(93).SetString("1.0005")
	for i := 0; i < b.N; i++ {
		new(big.Float).SetPrec(93).Mul(x, y)
	}
}

func BenchmarkBigFloatDiv(b *testing.B) {
	x, _ := new(big.Float).SetPrec(93).SetString("1234.5678")
	y, _ := new(big.Float).SetPrec(93).SetString("1.0005")
	for i := 0; i < b.N; i++ {
		new(big.Float).SetPrec(93).Quo(x, y)
	}
}

func BenchmarkExp(b *testing.B) {
	x, _ := Parse("1.2345")
	for i := 0; i < b.N; i++ {
		benchCtx.Exp(x)
	}
}

func BenchmarkSqrt(b *testing.B) {
	x, _ := Parse("2")
	for i := 0; i < b.N; i++ {
		benchCtx.Sqrt(x)
	}
}
