// Package osmod implements the modules errno and _os, the system side of
// the os module (os.py, in interp/lib, builds the Python surface: environ,
// walk, makedirs, os.path).
//
// Files, directories and the process environment are reached through Go's
// os package and x/sys where that is portable, and through per-platform
// files where it is not. Regular-file reads and writes are synchronous:
// the readiness pollers (epoll, kqueue) report a regular file as always
// ready, so parking a virtual thread on one would gain nothing; a read
// that blocks for long (a slow network file system) is what the
// scheduler's blocking-call monitor is for — it hands the P to another
// carrier.
package osmod
