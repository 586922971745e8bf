package remod

import (
	"regexp"
	"strings"
	"testing"
)

// The benchmarks put the translated engine next to Go's regexp (RE2, a
// different algorithm: linear time, no backreferences) on the same
// searches, as a yardstick for the engine weft uses; report the ratio.

var benchText = []rune(strings.Repeat("The quick brown fox jumps over the lazy dog 12345 times; ", 200))

func BenchmarkSearchFirst(b *testing.B) {
	r, err := Compile(`\b(\w+)\s+(\d+)`, 0, false)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if sp, _, _ := r.Find(benchText, 0, len(benchText), Search, false); sp == nil {
			b.Fatal("no match")
		}
	}
}

func BenchmarkSearchFirstGoRegexp(b *testing.B) {
	re := regexp.MustCompile(`\b(\w+)\s+(\d+)`)
	s := string(benchText)
	for b.Loop() {
		if re.FindStringSubmatchIndex(s) == nil {
			b.Fatal("no match")
		}
	}
}

func BenchmarkFindAllWords(b *testing.B) {
	r, err := Compile(`\w+`, 0, false)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if all, _ := r.All(benchText, 0, len(benchText), 0); len(all) == 0 {
			b.Fatal("no match")
		}
	}
}

func BenchmarkFindAllWordsGoRegexp(b *testing.B) {
	re := regexp.MustCompile(`\w+`)
	s := string(benchText)
	for b.Loop() {
		if len(re.FindAllStringIndex(s, -1)) == 0 {
			b.Fatal("no match")
		}
	}
}
