// Package ring is weft's own binding of Linux io_uring, written directly on
// golang.org/x/sys/unix system calls.
//
// Why not an existing binding: github.com/pawelgaczynski/giouring fails to
// link with Go >= 1.23 and several of its Prepare helpers hand the kernel
// wrong pointers. ring keeps liburing's vocabulary (Setup, Prep*, Submit,
// CQE) but adds what a garbage-collected caller needs:
//
//   - Memory ownership. Everything the kernel reads or writes while a request
//     is in flight (data buffers, iovec arrays, socket addresses, timespecs,
//     statx buffers, path names) is held by an [Op] — a heap object in the
//     ring's slot table — from the moment it is prepared until its completion
//     is reaped and the caller releases it. Nothing the kernel touches lives
//     on a goroutine stack (stacks move) and nothing is reachable only through
//     an integer the GC cannot see.
//   - user_data is never a hidden Go pointer: it packs the Op's index in the
//     slot table with a generation counter, so a stale or duplicated
//     completion can be recognised instead of corrupting a recycled slot.
//   - Set-up falls back through SINGLE_ISSUER|DEFER_TASKRUN, COOP_TASKRUN and
//     no flags, probes the opcodes, and proves the ring works with a NOP round
//     trip before returning it.
//
// The package is Linux-only; on other systems it only holds this comment so
// that cross-platform packages may import it unconditionally.
package ring
