package osmod

import "golang.org/x/sys/windows"

// fsSpace asks GetDiskFreeSpaceEx for the volume holding p; Windows has no
// root reserve, so free is the volume's free bytes and avail the caller's quota.
func fsSpace(p string) (total, free, avail uint64, err error) {
	ptr, err := windows.UTF16PtrFromString(p)
	if err != nil {
		return 0, 0, 0, err
	}
	err = windows.GetDiskFreeSpaceEx(ptr, &avail, &total, &free)
	return total, free, avail, err
}
