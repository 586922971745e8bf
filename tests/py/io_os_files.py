# os file-system calls in a private scratch directory: makedirs, listdir,
# scandir, walk, stat, rename/replace, remove, rmdir, fd-level open/read/
# write/pipe, environ, errors with errno and filename. Prints nothing
# machine-specific.
import errno
import os
import stat

base = os.path.join("/tmp", "weft_io_os_files_%d" % os.getpid())


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)


def rel(p):
    return os.path.relpath(p, base)


os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno == errno.EEXIST, rel(e.filename))
for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("top.txt", "333")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
print(sorted(os.listdir(base)))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print([rel(e.path) for e in entries], [e.stat().st_size for e in entries if e.is_file()])
for root, dirs, files in os.walk(base):
    dirs.sort()
    print("walk", rel(root), dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print("up", rel(root), sorted(dirs), sorted(files))
st = os.stat(os.path.join(base, "top.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_nlink, stat.filemode(0o100644), stat.filemode(0o040755))
print(os.path.getsize(os.path.join(base, "a", "b", "two.txt")), os.path.isdir(os.path.join(base, "a")), os.path.isfile(os.path.join(base, "a")), os.path.exists(os.path.join(base, "zz")))
os.rename(os.path.join(base, "top.txt"), os.path.join(base, "moved.txt"))
os.replace(os.path.join(base, "a", "one.txt"), os.path.join(base, "moved.txt"))
with open(os.path.join(base, "moved.txt")) as f:
    print("moved:", f.read())
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, "a")))
for call, args in [(os.remove, ("nope",)), (os.rmdir, ("a",)), (os.listdir, ("moved.txt",)), (os.stat, ("nope/x",)), (os.mkdir, ("a",))]:
    try:
        call(*[os.path.join(base, x) for x in args])
    except OSError as e:
        print(call.__name__, type(e).__name__, errno.errorcode[e.errno], e.strerror, rel(e.filename))
fd = os.open(os.path.join(base, "fd.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello fd"))
os.close(fd)
fd = os.open(os.path.join(base, "fd.bin"), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 100))
os.close(fd)
r, w = os.pipe()
os.write(w, b"through a pipe")
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print("close twice:", errno.errorcode[e.errno])
os.environ["WEFT_IO_TEST"] = "value one"
print(os.environ["WEFT_IO_TEST"], os.getenv("WEFT_IO_TEST"), "WEFT_IO_TEST" in os.environ)
del os.environ["WEFT_IO_TEST"]
print(os.getenv("WEFT_IO_TEST"), os.environ.get("WEFT_IO_TEST", "default"), "WEFT_IO_TEST" in os.environ)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(16)), os.strerror(errno.ENOENT))
cwd = os.getcwd()
os.chdir(base)
print(rel(os.getcwd()), sorted(os.listdir(".")))
os.chdir(cwd)
print(os.getcwd() == cwd)
rmtree(base)
print(os.path.exists(base))
