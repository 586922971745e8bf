package poller

import "testing"

// testBackends lists the backends the conformance suite runs here.
func testBackends(t testing.TB) []string { return []string{"kqueue"} }
