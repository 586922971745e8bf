package main

import "testing"

// TestBenchCommand checks the `weft bench` argument handling; the suites
// themselves are tested in package bench.
func TestBenchCommand(t *testing.T) {
	if _, ok := tools["bench"]; !ok {
		t.Fatal("bench is not registered as a weft tool")
	}
	if rc := benchMain(nil); rc != 0 {
		t.Errorf("weft bench (list) exited %d", rc)
	}
	if rc := benchMain([]string{"no-such-suite"}); rc != 2 {
		t.Errorf("weft bench no-such-suite exited %d, want 2", rc)
	}
	if rc := benchMain([]string{"switch", "extra"}); rc != 2 {
		t.Errorf("weft bench with two names exited %d, want 2", rc)
	}
}
