//go:build linux || darwin

package socketmod

import (
	"golang.org/x/sys/unix"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/osmod"
	"github.com/weftrun/weft/interp/vthread"
	"github.com/weftrun/weft/poller"
)

func selectModule() *objects.Module {
	m := objects.NewModule("select")
	set(m, "error", objects.OSErrorType.Value())
	def(m, "select", selectSelect)
	return m
}

// selectable is one object of a select() list and its descriptor.
type selectable struct {
	obj value
	fd  int
}

// fdsOf reads a select() list: ints or objects with fileno().
func fdsOf(c objects.Ctx, list value) ([]selectable, error) {
	items, err := objects.ToSlice(c, list)
	if err != nil {
		return nil, err
	}
	out := make([]selectable, 0, len(items))
	for _, it := range items {
		fdv := it
		if _, ok := objects.AsInt64(it); !ok {
			meth, err := objects.GetAttr(c, it, objects.Interned("fileno"))
			if err != nil {
				return nil, err
			}
			if fdv, err = objects.Call(c, meth, nil, nil); err != nil {
				return nil, err
			}
		}
		fd, ok := objects.AsInt64(fdv)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "fileno() returned a non-integer")
		}
		if fd < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
		}
		out = append(out, selectable{it, int(fd)})
	}
	return out, nil
}

// readyNow polls the descriptors without blocking and returns the three
// result lists of select().
func readyNow(r, w, x []selectable) (value, error) {
	var pfds []unix.PollFd
	add := func(ss []selectable, ev int16) {
		for _, s := range ss {
			pfds = append(pfds, unix.PollFd{Fd: int32(s.fd), Events: ev})
		}
	}
	add(r, unix.POLLIN)
	add(w, unix.POLLOUT)
	add(x, unix.POLLPRI)
	for {
		_, err := unix.Poll(pfds, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return value{}, osmod.Error(err, "")
		}
		break
	}
	i := 0
	pick := func(ss []selectable, want int16) value {
		out := []value{}
		for _, s := range ss {
			rev := pfds[i].Revents
			i++
			if rev&unix.POLLNVAL != 0 {
				continue
			}
			if rev&(want|unix.POLLERR|unix.POLLHUP) != 0 {
				out = append(out, s.obj)
			}
		}
		return objects.NewList(out).Value()
	}
	rl := pick(r, unix.POLLIN)
	wl := pick(w, unix.POLLOUT)
	xl := pick(x, unix.POLLPRI)
	for _, p := range pfds {
		if p.Revents&unix.POLLNVAL != 0 {
			return value{}, osmod.Error(unix.EBADF, "")
		}
	}
	return tuple(rl, wl, xl), nil
}

// selectSelect is select.select(rlist, wlist, xlist[, timeout]): a poll
// without blocking first; if nothing is ready, a readiness wait per
// descriptor on the P's poller, the first of which ends the wait, and a
// second poll that builds the result.
func selectSelect(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) < 3 || len(args) > 4 || len(kw) != 0 {
		return value{}, objects.Errorf(objects.TypeErrorType, "select expected 3 or 4 arguments")
	}
	var lists [3][]selectable
	for i := range lists {
		l, err := fdsOf(c, args[i])
		if err != nil {
			return value{}, err
		}
		lists[i] = l
	}
	timeout, err := timeoutArg("select", args, 3)
	if err != nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "timeout must be a float or None")
	}
	res, err := readyNow(lists[0], lists[1], lists[2])
	if err != nil || timeout == 0 {
		return res, err
	}
	t := objects.AsTuple(res)
	for _, l := range t.Items {
		if len(objects.AsList(l).Snapshot()) > 0 {
			return res, nil
		}
	}
	return vthread.WaitIO(c, "select", "select.select", timeout, func(p *poller.Poller, done poller.Callback) []*poller.Op {
		var ops []*poller.Op
		for _, s := range lists[0] {
			ops = append(ops, p.PollReadable(s.fd, done))
		}
		for _, s := range lists[1] {
			ops = append(ops, p.PollWritable(s.fd, done))
		}
		for _, s := range lists[2] {
			ops = append(ops, p.PollReadable(s.fd, done))
		}
		return ops
	}, func(_ int, err error) (value, error) {
		if err != nil && err != poller.ErrTimedOut {
			return value{}, osmod.Error(err, "")
		}
		return readyNow(lists[0], lists[1], lists[2])
	})
}
