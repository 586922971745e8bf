package osmod

import (
	"syscall"
	"time"
)

func statTimes(st *syscall.Stat_t) (atime, ctime time.Time) {
	return time.Unix(st.Atimespec.Unix()), time.Unix(st.Ctimespec.Unix())
}

func statMtime(st *syscall.Stat_t) time.Time { return time.Unix(st.Mtimespec.Unix()) }
