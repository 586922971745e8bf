package osmod

import (
	"crypto/rand"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
	"github.com/weftrun/weft/interp/vthread"
)

type value = objects.Value

// Register makes errno and _os importable in in.
func Register(in *vm.Interp) {
	in.NativeModules["errno"] = func(in *vm.Interp) (*objects.Module, error) { return errnoModule(), nil }
	in.NativeModules["_os"] = func(in *vm.Interp) (*objects.Module, error) { return osModule(), nil }
}

func def(m *objects.Module, name string, f objects.BuiltinFn) {
	b := objects.NewBuiltin(name, f, nil)
	b.Module = m.Name()
	m.Dict.SetStr(objects.Interned(name), b.Value())
}

// statResultType is os.stat_result. The times in the tuple are floats
// (CPython has ints at indexes 7-9 and floats as attributes; one name
// cannot be both here, and the attributes are what programs read).
var statResultType = objects.NewStructSeqType("os.stat_result",
	[]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"st_atime", "st_mtime", "st_ctime",
		"st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10)

// terminalSizeType is os.terminal_size.
var terminalSizeType = objects.NewStructSeqType("os.terminal_size", []string{"columns", "lines"}, 2)

// pathArg reads a path argument: str, bytes or an os.PathLike (its
// __fspath__).
func pathArg(c objects.Ctx, fname string, args []value, i int) (string, error) {
	if i >= len(args) {
		return "", objects.Errorf(objects.TypeErrorType, "%s() missing required argument 'path'", fname)
	}
	v := args[i]
	for range 2 {
		if s := objects.AsStr(v); s != nil {
			if strings.IndexByte(s.S, 0) >= 0 {
				return "", objects.Errorf(objects.ValueErrorType, "%s: embedded null character in path", fname)
			}
			return s.S, nil
		}
		if b := objects.AsBytes(v); b != nil {
			return string(b.B), nil
		}
		f, err := objects.GetAttr(c, v, objects.Interned("__fspath__"))
		if err != nil {
			break
		}
		if v, err = objects.Call(c, f, nil, nil); err != nil {
			return "", err
		}
	}
	return "", objects.Errorf(objects.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, args[i].Type().Name)
}

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

// pathFn defines a one-path function that returns None.
func pathFn(m *objects.Module, name string, f func(path string) error) {
	def(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, name, args, 0)
		if err != nil {
			return value{}, err
		}
		return objects.None, Error(f(p), p)
	})
}

// twoPathFn defines a two-path function (rename) that returns None; its
// error names both paths, as CPython's does.
func twoPathFn(m *objects.Module, name string, f func(a, b string) error) {
	def(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := pathArg(c, name, args, 0)
		if err != nil {
			return value{}, err
		}
		b, err := pathArg(c, name, args, 1)
		if err != nil {
			return value{}, err
		}
		if err := Error(f(a, b), a); err != nil {
			if e, ok := err.(*objects.Exception); ok {
				e.Dict.SetStr(objects.Interned("filename2"), objects.StrValue(b))
			}
			return value{}, err
		}
		return objects.None, nil
	})
}

// unwrap takes the errno out of Go's *PathError / *LinkError so that Error
// picks the right subclass and the filename is the one Python passed.
func unwrap(err error) error {
	switch e := err.(type) {
	case *os.PathError:
		return e.Err
	case *os.LinkError:
		return e.Err
	case *os.SyscallError:
		return e.Err
	}
	return err
}

func osModule() *objects.Module {
	m := objects.NewModule("_os")
	set := func(name string, v value) { m.Dict.SetStr(objects.Interned(name), v) }
	set("stat_result", statResultType.Type.Value())
	set("terminal_size", terminalSizeType.Type.Value())
	def(m, "_disk_usage", diskUsage)
	for name, v := range openFlags {
		set(name, objects.Int(int64(v)))
	}
	def(m, "getcwd", func(c objects.Ctx, args []value, kw []string) (value, error) {
		d, err := os.Getwd()
		if err != nil {
			return value{}, Error(unwrap(err), "")
		}
		return objects.StrValue(d), nil
	})
	pathFn(m, "chdir", func(p string) error { return unwrap(os.Chdir(p)) })
	pathFn(m, "rmdir", func(p string) error { return unwrap(syscallRmdir(p)) })
	pathFn(m, "unlink", func(p string) error { return unwrap(syscallUnlink(p)) })
	pathFn(m, "remove", func(p string) error { return unwrap(syscallUnlink(p)) })
	twoPathFn(m, "rename", func(a, b string) error { return unwrap(os.Rename(a, b)) })
	twoPathFn(m, "replace", func(a, b string) error { return unwrap(os.Rename(a, b)) })
	twoPathFn(m, "symlink", func(a, b string) error { return unwrap(os.Symlink(a, b)) })
	def(m, "mkdir", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "mkdir", args, 0)
		if err != nil {
			return value{}, err
		}
		mode := 0o777
		if len(args) > 1 {
			if mode, err = intArg("mkdir", args, 1); err != nil {
				return value{}, err
			}
		}
		return objects.None, Error(unwrap(os.Mkdir(p, os.FileMode(mode)&os.ModePerm)), p)
	})
	def(m, "chmod", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "chmod", args, 0)
		if err != nil {
			return value{}, err
		}
		mode, err := intArg("chmod", args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.None, Error(unwrap(os.Chmod(p, os.FileMode(mode)&os.ModePerm)), p)
	})
	def(m, "listdir", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "listdir", args, 0)
		if err != nil {
			return value{}, err
		}
		names, err := readDirNames(p)
		if err != nil {
			return value{}, Error(unwrap(err), p)
		}
		out := make([]value, len(names))
		for i, n := range names {
			out[i] = objects.StrValue(n)
		}
		return objects.NewList(out).Value(), nil
	})
	def(m, "scandir", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "scandir", args, 0)
		if err != nil {
			return value{}, err
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return value{}, Error(unwrap(err), p)
		}
		out := make([]value, len(ents))
		for i, e := range ents {
			t := e.Type()
			out[i] = objects.NewTuple([]value{objects.StrValue(e.Name()),
				objects.Bool(t.IsDir()), objects.Bool(t.IsRegular()), objects.Bool(t&os.ModeSymlink != 0)}).Value()
		}
		return objects.NewList(out).Value(), nil
	})
	statFn := func(name string, follow bool) {
		def(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) > 0 {
				if fd, ok := objects.AsInt64(args[0]); ok && objects.AsStr(args[0]) == nil {
					return fstat(int(fd))
				}
			}
			p, err := pathArg(c, name, args, 0)
			if err != nil {
				return value{}, err
			}
			var fi os.FileInfo
			if follow {
				fi, err = os.Stat(p)
			} else {
				fi, err = os.Lstat(p)
			}
			if err != nil {
				return value{}, Error(unwrap(err), p)
			}
			return statResult(fi), nil
		})
	}
	statFn("stat", true)
	statFn("lstat", false)
	def(m, "fstat", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("fstat", args, 0)
		if err != nil {
			return value{}, err
		}
		return fstat(fd)
	})
	def(m, "readlink", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "readlink", args, 0)
		if err != nil {
			return value{}, err
		}
		t, err := os.Readlink(p)
		if err != nil {
			return value{}, Error(unwrap(err), p)
		}
		return objects.StrValue(t), nil
	})
	def(m, "access", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "access", args, 0)
		if err != nil {
			return value{}, err
		}
		mode, err := intArg("access", args, 1)
		if err != nil {
			return value{}, err
		}
		return objects.Bool(access(p, uint32(mode))), nil
	})
	def(m, "environ", func(c objects.Ctx, args []value, kw []string) (value, error) {
		d := objects.NewDict()
		env := os.Environ()
		sort.Strings(env)
		for _, kv := range env {
			if i := strings.IndexByte(kv[1:], '='); i >= 0 {
				d.SetItem(c, objects.StrValue(kv[:i+1]), objects.StrValue(kv[i+2:]))
			}
		}
		return d.Value(), nil
	})
	def(m, "putenv", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 || objects.AsStr(args[0]) == nil || objects.AsStr(args[1]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "putenv() takes two str arguments")
		}
		k := objects.AsStr(args[0]).S
		if k == "" || strings.ContainsAny(k, "=\x00") {
			return value{}, objects.Errorf(objects.ValueErrorType, "illegal environment variable name")
		}
		return objects.None, Error(os.Setenv(k, objects.AsStr(args[1]).S), "")
	})
	def(m, "unsetenv", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 || objects.AsStr(args[0]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "unsetenv() takes one str argument")
		}
		return objects.None, Error(os.Unsetenv(objects.AsStr(args[0]).S), "")
	})
	def(m, "getpid", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(os.Getpid())), nil
	})
	def(m, "getppid", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(os.Getppid())), nil
	})
	def(m, "cpu_count", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(runtime.NumCPU())), nil
	})
	def(m, "urandom", func(c objects.Ctx, args []value, kw []string) (value, error) {
		n, err := intArg("urandom", args, 0)
		if err != nil {
			return value{}, err
		}
		if n < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "negative argument not allowed")
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(rand.Reader, b); err != nil {
			return value{}, Error(err, "")
		}
		return objects.BytesValue(b), nil
	})
	def(m, "strerror", func(c objects.Ctx, args []value, kw []string) (value, error) {
		n, err := intArg("strerror", args, 0)
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(Strerror(syscall.Errno(n))), nil
	})
	def(m, "get_terminal_size", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd := 1
		if len(args) > 0 {
			var err error
			if fd, err = intArg("get_terminal_size", args, 0); err != nil {
				return value{}, err
			}
		}
		cols, rows, err := terminalSize(fd)
		if err != nil {
			return value{}, Error(err, "")
		}
		return terminalSizeType.New(objects.Int(int64(cols)), objects.Int(int64(rows))), nil
	})
	def(m, "open", func(c objects.Ctx, args []value, kw []string) (value, error) {
		p, err := pathArg(c, "open", args, 0)
		if err != nil {
			return value{}, err
		}
		flags, err := intArg("open", args, 1)
		if err != nil {
			return value{}, err
		}
		mode := 0o777
		if len(args) > 2 {
			if mode, err = intArg("open", args, 2); err != nil {
				return value{}, err
			}
		}
		fd, err := openFD(p, flags, uint32(mode))
		if err != nil {
			return value{}, Error(err, p)
		}
		return objects.Int(int64(fd)), nil
	})
	def(m, "close", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("close", args, 0)
		if err != nil {
			return value{}, err
		}
		return objects.None, Error(closeFD(fd), "")
	})
	def(m, "read", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("read", args, 0)
		if err != nil {
			return value{}, err
		}
		n, err := intArg("read", args, 1)
		if err != nil {
			return value{}, err
		}
		if n < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "negative length")
		}
		buf := make([]byte, n)
		var got int
		var rerr error
		// A read of a pipe or terminal may block for long: announced, it
		// hands the P to another carrier (see the package comment).
		vthread.Blocking(c, func() { got, rerr = readFD(fd, buf) })
		if rerr != nil {
			return value{}, Error(rerr, "")
		}
		return objects.BytesValue(buf[:got:got]), nil
	})
	def(m, "write", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("write", args, 0)
		if err != nil {
			return value{}, err
		}
		if len(args) < 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "write() missing data")
		}
		data, ok := objects.BytesLike(args[1])
		if !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		var n int
		var werr error
		vthread.Blocking(c, func() { n, werr = writeFD(fd, data) })
		if werr != nil {
			return value{}, Error(werr, "")
		}
		return objects.Int(int64(n)), nil
	})
	def(m, "pipe", func(c objects.Ctx, args []value, kw []string) (value, error) {
		r, w, err := pipeFDs()
		if err != nil {
			return value{}, Error(err, "")
		}
		return objects.NewTuple([]value{objects.Int(int64(r)), objects.Int(int64(w))}).Value(), nil
	})
	def(m, "dup", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("dup", args, 0)
		if err != nil {
			return value{}, err
		}
		nfd, err := dupFD(fd)
		if err != nil {
			return value{}, Error(err, "")
		}
		return objects.Int(int64(nfd)), nil
	})
	def(m, "lseek", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("lseek", args, 0)
		if err != nil {
			return value{}, err
		}
		off, err := intArg("lseek", args, 1)
		if err != nil {
			return value{}, err
		}
		how, err := intArg("lseek", args, 2)
		if err != nil {
			return value{}, err
		}
		pos, err := seekFD(fd, int64(off), how)
		if err != nil {
			return value{}, Error(err, "")
		}
		return objects.Int(pos), nil
	})
	def(m, "isatty", func(c objects.Ctx, args []value, kw []string) (value, error) {
		fd, err := intArg("isatty", args, 0)
		if err != nil {
			return value{}, err
		}
		_, _, terr := terminalSize(fd)
		return objects.Bool(terr == nil), nil
	})
	return m
}

// readDirNames lists a directory's entries in the order the directory
// holds them, without "." and "..", like listdir(3).
func readDirNames(p string) ([]string, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

// statResult converts a FileInfo into os.stat_result, with the platform's
// raw fields where it has them (statFields).
func statResult(fi os.FileInfo) value {
	return statValue(statFields(fi), fi.Size(), fi.ModTime())
}

func statValue(sf rawStat, size int64, mtime time.Time) value {
	ts := func(t time.Time) value { return objects.Float(float64(t.UnixNano()) / 1e9) }
	ns := func(t time.Time) value { return objects.Int(t.UnixNano()) }
	u := func(n uint64) value { return objects.Int(int64(n)) }
	return statResultType.New(u(sf.mode), u(sf.ino), u(sf.dev), u(sf.nlink), u(sf.uid), u(sf.gid),
		objects.Int(size), ts(sf.atime), ts(mtime), ts(sf.ctime),
		ns(sf.atime), ns(mtime), ns(sf.ctime), u(sf.blksize), u(sf.blocks), u(sf.rdev))
}

// rawStat is what stat(2) reports beyond os.FileInfo.
type rawStat struct {
	mode, ino, dev, nlink, uid, gid, blksize, blocks, rdev uint64
	atime, ctime                                           time.Time
}
