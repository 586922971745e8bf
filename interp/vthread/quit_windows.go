package vthread

import "os"

// quitSignals is empty: Windows has no SIGQUIT.
var quitSignals []os.Signal
