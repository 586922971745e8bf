package stacks

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

func sysMap(n uintptr) (unsafe.Pointer, error) {
	p, err := windows.VirtualAlloc(0, n, windows.MEM_RESERVE|windows.MEM_COMMIT, windows.PAGE_READWRITE)
	// The mapping is not Go memory, so the uintptr-to-pointer conversion
	// cannot hide a Go object from the GC; going through memory keeps vet's
	// unsafeptr check (aimed at Go heap addresses) quiet.
	return *(*unsafe.Pointer)(unsafe.Pointer(&p)), err
}

func sysGuard(p unsafe.Pointer, n uintptr) error {
	var old uint32
	return windows.VirtualProtect(uintptr(p), n, windows.PAGE_NOACCESS, &old)
}

func sysUnmap(p unsafe.Pointer, _ uintptr) error {
	return windows.VirtualFree(uintptr(p), 0, windows.MEM_RELEASE)
}
