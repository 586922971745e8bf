package vthread

import (
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Thread dumps on SIGQUIT (Ctrl-\ on a terminal), as a JVM prints its
// threads: the process keeps running. Go's own SIGQUIT behaviour (print
// every goroutine and exit) is replaced while the main thread runs; a dump
// of goroutines is still available with GOTRACEBACK and a crash signal.
//
// The dump is the thread part of vthreads.dump(): each thread, its state
// and the Python stack of the blocked ones (describeThreads reads only
// stacks that cannot change while it reads them). The group tree is left
// out: it lives in Python objects, which this goroutine must not read.

// watchQuit dumps the threads to w on every quit signal until stop is
// closed. quitSignals is empty where the platform has no SIGQUIT.
func (rt *Runtime) watchQuit(w io.Writer, stop <-chan struct{}) {
	if len(quitSignals) == 0 {
		return
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, quitSignals...)
	go func() {
		defer signal.Stop(ch)
		for {
			select {
			case <-stop:
				return
			case <-ch:
				rt.writeDump(w)
			}
		}
	}()
}

// writeDump writes every thread's description to w.
func (rt *Runtime) writeDump(w io.Writer) {
	ds := rt.describeThreads(nil)
	fmt.Fprintf(w, "weft: %d threads\n", len(ds))
	for _, d := range ds {
		fmt.Fprintf(w, "\nThread %q (ident %d) %s:\n", d.name, d.ident, d.state)
		if d.stack != "" {
			fmt.Fprintln(w, d.stack)
		}
	}
}
