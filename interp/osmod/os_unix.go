//go:build linux || darwin

package osmod

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// openFlags are the os.O_* constants.
var openFlags = map[string]int{
	"O_RDONLY": unix.O_RDONLY, "O_WRONLY": unix.O_WRONLY, "O_RDWR": unix.O_RDWR,
	"O_CREAT": unix.O_CREAT, "O_EXCL": unix.O_EXCL, "O_TRUNC": unix.O_TRUNC, "O_APPEND": unix.O_APPEND,
	"O_NONBLOCK": unix.O_NONBLOCK, "O_CLOEXEC": unix.O_CLOEXEC, "O_NOCTTY": unix.O_NOCTTY,
	"O_SYNC": unix.O_SYNC, "O_DIRECTORY": unix.O_DIRECTORY, "O_NOFOLLOW": unix.O_NOFOLLOW,
	"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
	"F_OK": 0, "R_OK": unix.R_OK, "W_OK": unix.W_OK, "X_OK": unix.X_OK,
}

func syscallRmdir(p string) error  { return retryEINTR(func() error { return unix.Rmdir(p) }) }
func syscallUnlink(p string) error { return retryEINTR(func() error { return unix.Unlink(p) }) }

func retryEINTR(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}

func access(p string, mode uint32) bool { return unix.Access(p, mode) == nil }

func fstat(fd int) (value, error) {
	var st syscall.Stat_t
	if err := retryEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		return value{}, Error(err, "")
	}
	return statValue(rawOf(&st), st.Size, statMtime(&st)), nil
}

// statFields reads the stat(2) fields behind fi.
func statFields(fi os.FileInfo) rawStat {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return rawStat{mode: uint64(fi.Mode().Perm()), nlink: 1, atime: fi.ModTime(), ctime: fi.ModTime()}
	}
	return rawOf(st)
}

func rawOf(st *syscall.Stat_t) rawStat {
	r := rawStat{mode: uint64(st.Mode), ino: uint64(st.Ino), dev: uint64(st.Dev), nlink: uint64(st.Nlink),
		uid: uint64(st.Uid), gid: uint64(st.Gid), blksize: uint64(st.Blksize), blocks: uint64(st.Blocks),
		rdev: uint64(st.Rdev)}
	r.atime, r.ctime = statTimes(st)
	return r
}

func terminalSize(fd int) (int, int, error) {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return 0, 0, err
	}
	return int(ws.Col), int(ws.Row), nil
}

func openFD(p string, flags int, mode uint32) (int, error) {
	for {
		fd, err := unix.Open(p, flags|unix.O_CLOEXEC, mode)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

func closeFD(fd int) error { return unix.Close(fd) }

func readFD(fd int, buf []byte) (int, error) {
	for {
		n, err := unix.Read(fd, buf)
		if err != unix.EINTR {
			return max(n, 0), err
		}
	}
}

func writeFD(fd int, buf []byte) (int, error) {
	for {
		n, err := unix.Write(fd, buf)
		if err != unix.EINTR {
			return max(n, 0), err
		}
	}
}

func pipeFDs() (int, int, error) {
	var p [2]int
	syscall.ForkLock.RLock()
	err := unix.Pipe(p[:])
	if err == nil {
		unix.CloseOnExec(p[0])
		unix.CloseOnExec(p[1])
	}
	syscall.ForkLock.RUnlock()
	return p[0], p[1], err
}

func dupFD(fd int) (int, error) {
	return unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
}

func seekFD(fd int, off int64, how int) (int64, error) { return unix.Seek(fd, off, how) }
