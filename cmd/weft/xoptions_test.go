package main

import (
	"os"
	"testing"
)

// TestXProcs checks that -X procs=N reaches the scheduler's setting
// (WEFT_PROCS) and that a bad value is a usage error, not a silent default.
func TestXProcs(t *testing.T) {
	t.Setenv("WEFT_PROCS", "")
	if msg := xOption("procs=3"); msg != "" {
		t.Fatalf("procs=3: %s", msg)
	}
	if got := os.Getenv("WEFT_PROCS"); got != "3" {
		t.Fatalf("WEFT_PROCS = %q, want 3", got)
	}
	for _, bad := range []string{"procs=0", "procs=-2", "procs=x", "procs"} {
		if msg := xOption(bad); msg == "" {
			t.Errorf("-X %s accepted", bad)
		}
	}
	if msg := xOption("importtime"); msg != "" {
		t.Errorf("an unknown -X option must be ignored, got %q", msg)
	}
}
