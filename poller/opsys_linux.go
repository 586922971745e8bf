package poller

import "github.com/weftrun/weft/ring"

// opSys is an operation's backend bookkeeping on Linux: the readiness
// engine's links (epoll) or the io_uring slot it occupies.
type opSys struct {
	readinessLinks

	rop     *ring.Op // the ring slot of the request now in the kernel
	polling bool     // waiting for readiness after EAGAIN / EINPROGRESS
	prepErr error    // the request could not be encoded (bad address)
}
