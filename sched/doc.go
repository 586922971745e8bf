// Package sched is weft's M:N scheduler: it runs virtual threads ("tasks") on
// a fixed number of carrier slots, in plain Go, following the G/M/P design of
// Go's own runtime (runtime/proc.go) one level up.
//
// # Why tasks are callbacks, not goroutines
//
// The interpreter's VM is stackless: a virtual thread's Python frames live on
// the heap, so running a virtual thread means calling its step function on a
// carrier; the step returns when the thread parks, yields or finishes. A Task is
// therefore a run-to-park callback (Func) plus a state word, not a goroutine. A
// switch between tasks is a return and a call on the same goroutine: no Go
// scheduler involvement, no stack switch, a handful of atomic operations.
//
// # Vocabulary (as in proc.go)
//
//   - P, a carrier slot: owns a bounded lock-free run queue, an inbox for
//     wake-ups from other goroutines, a timer heap and a Poller. There are
//     Options.Procs of them; a task step runs only while its carrier holds a P,
//     so Procs bounds parallelism.
//   - M, a carrier: a goroutine that holds at most one P and runs the
//     scheduling loop (findRunnable, execute). Usually there is one M per P;
//     more are started when a P is handed off (Blocking, ParkPinned, or the
//     monitor retaking the P of a carrier stuck in a step).
//   - G, a Task.
//
// # Invariants
//
//  1. A P is owned by at most one M. Ownership moves only (a) through an M's
//     wake channel (startm, the locked-M hand-over) or (b) by a successful CAS
//     on the P's step word (p.word) that clears the in-step bit: the M running
//     the step does it when the step returns, Blocking/ParkPinned do it when
//     they release the P, and the monitor does it when it retakes the P of a
//     stuck carrier. Whoever wins the CAS owns the P; the loser must not touch
//     the P's run queue again (it may still touch the mutex-protected timers
//     and the inbox, which are multi-producer).
//  2. A task is in at most one queue (a local run queue, an inbox, the global
//     queue, an M's runnext/batch) at a time, and only a runnable task is in a
//     queue. The only way into a queue is a CAS of the task's state word from
//     parked (or new) to runnable, or the carrier that ran the step moving it
//     from running to runnable, so a task can never be queued twice and never
//     runs on two carriers at once.
//  3. No lost wake-ups: a Ready that finds the task running sets the permit
//     bit; the carrier's CAS running→parked after the step then fails, and the
//     carrier requeues the task instead of parking it. This is the protocol of
//     Go's casgstatus and of java.util.concurrent.locks.LockSupport.park.
//  4. An idle carrier keeps its P and blocks in that P's Poller, so each P's
//     I/O completions and timers always have a goroutine to deliver them. An
//     idle P is published on the idle list before the carrier re-checks every
//     queue and blocks; producers enqueue before they read the idle count
//     (wakep). With sequentially consistent atomics one side always sees the
//     other: a Dekker handshake, as between Go's runqput/wakep and stopm.
//  5. Inside a step, the task must use only M-local state or multi-producer
//     structures, because the monitor may retake the P at any moment: Wake and
//     (*Task).Spawn put tasks in the M's runnext/batch, which the carrier
//     publishes after the step once it has proved (by the CAS of invariant 1)
//     that it still owns the P. Poller() pins the P against retaking for the
//     rest of the step, because a Poller is single-issuer.
//
// # Task lifetime
//
// A finished task's struct is reused by later spawns (taskpool.go), as Go
// reuses dead Gs: a *Task is valid from Spawn until its step returns Done.
// The state word carries a generation, advanced at every reuse, so the one
// scheduler structure that can outlive a task (a Timer it did not stop)
// cannot wake its successor; a client that keeps a pointer longer risks only
// a spurious wake-up, which Ready's contract already allows.
//
// # Monitor
//
// A monitor goroutine (Go's sysmon) wakes every 20 µs, doubling up to 10 ms
// while nothing needs it. It asks a task whose time slice has run longer than
// Options.PreemptAfter to yield (ShouldYield), and retakes the P of a carrier
// whose step has not returned for Options.HandoffAfter while that P has other
// work, handing the P to a fresh carrier: a step that blocks in a call that did
// not announce itself (no Blocking) stalls one goroutine, not the tasks queued
// behind it. See monitor.go for the exact rules.
package sched
