//go:build !windows

package stacks

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

func sysMap(n uintptr) (unsafe.Pointer, error) {
	return unix.MmapPtr(-1, 0, nil, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
}

func sysGuard(p unsafe.Pointer, n uintptr) error {
	return unix.Mprotect(unsafe.Slice((*byte)(p), n), unix.PROT_NONE)
}

func sysUnmap(p unsafe.Pointer, n uintptr) error { return unix.MunmapPtr(p, n) }
