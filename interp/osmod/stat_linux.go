package osmod

import (
	"syscall"
	"time"
)

func statTimes(st *syscall.Stat_t) (atime, ctime time.Time) {
	return time.Unix(st.Atim.Unix()), time.Unix(st.Ctim.Unix())
}

func statMtime(st *syscall.Stat_t) time.Time { return time.Unix(st.Mtim.Unix()) }
