package poller

import "testing"

// testBackends lists the backends the conformance suite runs on Linux.
// io_uring is skipped with a message where the kernel refuses it.
func testBackends(t testing.TB) []string {
	u, err := newURing(Options{Entries: 8})
	if err != nil {
		t.Logf("SKIP uring backend: %v", err)
		return []string{"epoll"}
	}
	u.close(&Poller{})
	return []string{"uring", "epoll"}
}
