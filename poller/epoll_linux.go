package poller

import (
	"time"

	"golang.org/x/sys/unix"
)

const sendFlags = unix.MSG_NOSIGNAL

func acceptNonblock(fd int) (int, error) {
	nfd, _, err := unix.Accept4(fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
	return nfd, err
}

// epoll is the Linux readiness notifier. An fd is registered for
// EPOLLIN|EPOLLOUT|EPOLLRDHUP with EPOLLET, always the same interest set, so
// re-registering it is an EEXIST no-op. Wake-ups come through an eventfd
// registered level-triggered.
type epoll struct {
	epfd, evfd int
	raw        []unix.EpollEvent
}

func newEpoll() (*epoll, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	evfd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(epfd)
		return nil, err
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(evfd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, evfd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(evfd)
		return nil, err
	}
	return &epoll{epfd: epfd, evfd: evfd, raw: make([]unix.EpollEvent, 256)}, nil
}

func (e *epoll) register(fd int) error {
	ev := unix.EpollEvent{Events: unix.EPOLLIN | unix.EPOLLOUT | unix.EPOLLRDHUP | unix.EPOLLET, Fd: int32(fd)}
	err := unix.EpollCtl(e.epfd, unix.EPOLL_CTL_ADD, fd, &ev)
	if err == unix.EEXIST {
		err = nil // same fd and file, same (constant) interest set
	}
	return err
}

func (e *epoll) deregister(fd int) {
	unix.EpollCtl(e.epfd, unix.EPOLL_CTL_DEL, fd, nil)
}

func (e *epoll) wait(evs []readyEvent, timeout time.Duration) (int, error) {
	ms := -1
	if timeout >= 0 {
		// Round up: a 300 µs timer must not turn into a 0 ms busy poll.
		ms = int((timeout + time.Millisecond - 1) / time.Millisecond)
	}
	n, err := unix.EpollWait(e.epfd, e.raw[:len(evs)], ms)
	if err != nil {
		return 0, err
	}
	for i, ev := range e.raw[:n] {
		fd := int(ev.Fd)
		if fd == e.evfd {
			var buf [8]byte
			unix.Read(e.evfd, buf[:])
			evs[i] = readyEvent{fd: -1}
			continue
		}
		bad := ev.Events&(unix.EPOLLERR|unix.EPOLLHUP) != 0
		evs[i] = readyEvent{
			fd:    fd,
			read:  bad || ev.Events&(unix.EPOLLIN|unix.EPOLLRDHUP) != 0,
			write: bad || ev.Events&unix.EPOLLOUT != 0,
		}
	}
	return n, nil
}

func (e *epoll) wake() error {
	one := [8]byte{1}
	_, err := unix.Write(e.evfd, one[:])
	if err == unix.EAGAIN {
		err = nil // the counter is saturated: a wake-up is pending anyway
	}
	return err
}

func (e *epoll) close() error {
	unix.Close(e.evfd)
	return unix.Close(e.epfd)
}
