package osmod

import "github.com/weftrun/weft/interp/objects"

// diskUsage is _os._disk_usage(path) -> (total, free, available) bytes, the
// OS part of shutil.disk_usage: "free" counts blocks reserved for root,
// "available" only those an unprivileged user may fill, as statvfs reports.
func diskUsage(c objects.Ctx, args []value, kw []string) (value, error) {
	p, err := pathArg(c, "disk_usage", args, 0)
	if err != nil {
		return value{}, err
	}
	total, free, avail, err := fsSpace(p)
	if err != nil {
		return value{}, Error(unwrap(err), p)
	}
	return objects.NewTuple([]value{objects.Int(int64(total)), objects.Int(int64(free)), objects.Int(int64(avail))}).Value(), nil
}
