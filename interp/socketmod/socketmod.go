// Package socketmod implements the _socket and select modules: the system
// side of socket.py (the Python socket class lives in interp/lib), with
// every blocking call parked on the poller of the virtual thread's P.
//
// Why a small fd-level _socket module and a Python socket class: the class
// behaviour (context manager, makefile, sendall's loop, create_connection's
// fallbacks) is ordinary Python that programs subclass and patch, while
// what needs Go is each system call and its wait. A socket object holds
// its descriptor and timeout; every blocking call passes both down.
//
// Blocking model. Descriptors are always non-blocking at the OS level. A
// socket in blocking mode (timeout None) or with a timeout waits through
// vthread.WaitIO: recv, send, accept and connect are poller operations
// (io_uring SQEs or readiness-engine retries), and the calls the poller
// does not carry out itself (recvfrom, sendto, AF_UNIX connect, select)
// wait for readiness (PollReadable/PollWritable) and then make their
// non-blocking call, waiting again on EAGAIN. A carrier never blocks in a
// socket call. Name resolution (getaddrinfo) has no poller operation; it is
// announced to the scheduler as a blocking call (sched's Blocking), which
// hands the P to another carrier for its duration.
package socketmod

import (
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

type value = objects.Value

// Register makes _socket and select importable in in.
func Register(in *vm.Interp) {
	in.NativeModules["_socket"] = func(in *vm.Interp) (*objects.Module, error) { return socketModule(), nil }
	in.NativeModules["select"] = func(in *vm.Interp) (*objects.Module, error) { return selectModule(), nil }
}

func def(m *objects.Module, name string, f objects.BuiltinFn) {
	b := objects.NewBuiltin(name, f, nil)
	b.Module = m.Name()
	m.Dict.SetStr(objects.Interned(name), b.Value())
}

func set(m *objects.Module, name string, v value) { m.Dict.SetStr(objects.Interned(name), v) }

// intArg reads argument i as an int.
func intArg(fname string, args []value, i int) (int, error) {
	if i >= len(args) {
		return 0, objects.Errorf(objects.TypeErrorType, "%s() missing argument %d", fname, i+1)
	}
	n, ok := objects.AsInt64(args[i])
	if !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "%s() argument %d must be int, not %s", fname, i+1, args[i].Type().Name)
	}
	return int(n), nil
}

// timeoutArg reads a socket timeout: None is forever (-1), else seconds.
func timeoutArg(fname string, args []value, i int) (time.Duration, error) {
	if i >= len(args) || args[i].IsNone() {
		return -1, nil
	}
	f, ok, err := objects.ToFloat(args[i])
	if err != nil || !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "%s(): timeout must be a number or None", fname)
	}
	if f < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "Timeout value out of range")
	}
	return time.Duration(f * float64(time.Second)), nil
}

func bytesArg(fname string, args []value, i int) ([]byte, error) {
	if i < len(args) {
		if b, ok := objects.BytesLike(args[i]); ok {
			return b, nil
		}
	}
	return nil, objects.Errorf(objects.TypeErrorType, "%s(): a bytes-like object is required", fname)
}

func tuple(items ...value) value { return objects.NewTuple(items).Value() }

// getaddrinfo flags, the same on Linux, macOS and Windows (x/sys does not
// export them).
const (
	aiPassive     = 1
	aiCanonName   = 2
	aiNumericHost = 4
)
