package osmod

import (
	"errors"
	"os"
	"syscall"
	"time"

	"github.com/weftrun/weft/interp/objects"
)

// openFlags are the os.O_* constants with the C runtime's values.
var openFlags = map[string]int{
	"O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2, "O_APPEND": 8, "O_CREAT": 0x100, "O_TRUNC": 0x200,
	"O_EXCL": 0x400, "O_BINARY": 0x8000, "O_TEXT": 0x4000, "O_NOINHERIT": 0x80,
	"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
}

// errNoFDs is what the descriptor-level functions raise on Windows: Go
// has HANDLEs, not the C runtime's descriptor table, and weft does not
// emulate one yet.
var errNoFDs = errors.New("file descriptors are not implemented on Windows yet")

func fdError() error {
	return objects.Errorf(objects.OSErrorType, "%v", errNoFDs)
}

func syscallRmdir(p string) error {
	u, err := syscall.UTF16PtrFromString(p)
	if err != nil {
		return err
	}
	return syscall.RemoveDirectory(u)
}

func syscallUnlink(p string) error {
	u, err := syscall.UTF16PtrFromString(p)
	if err != nil {
		return err
	}
	return syscall.DeleteFile(u)
}

func access(p string, mode uint32) bool {
	fi, err := os.Stat(p)
	if err != nil {
		return false
	}
	return mode&2 == 0 || fi.Mode().Perm()&0o200 != 0
}

func fstat(fd int) (value, error) { return value{}, fdError() }

// statFields synthesises the POSIX fields CPython reports on Windows:
// st_mode from the attributes, the rest zero.
func statFields(fi os.FileInfo) rawStat {
	mode := uint64(0o100000) // S_IFREG
	if fi.IsDir() {
		mode = 0o040000 | 0o111
	} else if fi.Mode()&os.ModeSymlink != 0 {
		mode = 0o120000
	}
	mode |= 0o444
	if fi.Mode().Perm()&0o200 != 0 {
		mode |= 0o222
	}
	r := rawStat{mode: mode, nlink: 1, atime: fi.ModTime(), ctime: fi.ModTime()}
	if d, ok := fi.Sys().(*syscall.Win32FileAttributeData); ok {
		r.atime = timeOf(d.LastAccessTime)
		r.ctime = timeOf(d.CreationTime)
	}
	return r
}

func terminalSize(fd int) (int, int, error) { return 0, 0, fdError() }

func openFD(p string, flags int, mode uint32) (int, error) { return -1, fdError() }
func closeFD(fd int) error                                 { return fdError() }
func readFD(fd int, buf []byte) (int, error)               { return 0, fdError() }
func writeFD(fd int, buf []byte) (int, error)              { return 0, fdError() }
func pipeFDs() (int, int, error)                           { return -1, -1, fdError() }
func dupFD(fd int) (int, error)                            { return -1, fdError() }
func seekFD(fd int, off int64, how int) (int64, error)     { return 0, fdError() }

func timeOf(ft syscall.Filetime) time.Time { return time.Unix(0, ft.Nanoseconds()) }
