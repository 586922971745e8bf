import os, tempfile, shutil
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath, PosixPath

p = PurePosixPath("/usr/lib/python3.tar.gz")
print(repr(p), str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem)
print(repr(p.parent), list(map(str, p.parents)), p.parents[0], p.parents[-1], len(p.parents))
print(p.parents[1:], p.anchor, p.root, repr(p.drive))
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("new"))
print(PurePosixPath("a//b/./c/"), PurePosixPath(), PurePosixPath("a", "b", "/c", "d"), PurePosixPath("//x"), PurePosixPath("///x"))
print(PurePosixPath("a") / "b" / "../c", "x" / PurePosixPath("y"), PurePosixPath("a").joinpath("b", "c"))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError")
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("/a/b/c.py").match("/*.py"), PurePosixPath("a/b.py").match("a/*.PY"))
print(PurePosixPath("/etc/passwd").as_uri(), PurePosixPath("/a b/ü").as_uri())
print(PurePosixPath("/a").is_absolute(), PurePosixPath("a").is_absolute())
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("A") == PurePosixPath("a"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(len({PurePosixPath("x/y"), PurePosixPath("x//y"), PurePosixPath("x/./y")}))
print(".bashrc", PurePosixPath(".bashrc").suffix, PurePosixPath("a.").suffixes, PurePosixPath("x.tar.gz").suffixes)
for bad in [lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a").with_name("b/c"),
            lambda: PurePosixPath("a").with_suffix("py"), lambda: PurePosixPath("a").with_suffix(".")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    PurePosixPath(3)
except TypeError as e:
    print("TypeError")

w = PureWindowsPath("C:/Users\\me/file.TXT")
print(repr(w), str(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.as_posix())
print(w.is_absolute(), PureWindowsPath("C:a").is_absolute(), PureWindowsPath("/a").is_absolute())
print(w == PureWindowsPath("c:/users/ME/file.txt"), w.as_uri(), w.parent, w.match("*.txt"))
print(PureWindowsPath("//server/share/x").parts, PureWindowsPath("c:/a") / "d:b", PureWindowsPath("NUL").is_reserved())
print(w.relative_to("c:/users"), PurePosixPath("a") == PureWindowsPath("a"))
print(type(PurePath("x")).__name__, type(Path("x")).__name__, os.fspath(Path("a/b")), repr(Path("a/b")))

base = Path(tempfile.mkdtemp())
os.chdir(base)
print(Path.cwd() == base.resolve(), Path(".").resolve() == base.resolve(), Path("x").absolute() == Path.cwd() / "x")
print(Path("~").expanduser() == Path.home(), Path("~/a").expanduser() == Path.home() / "a")
d = Path("d/e/f")
d.mkdir(parents=True)
d.mkdir(exist_ok=True)
try:
    d.mkdir()
except FileExistsError:
    print("FileExistsError")
try:
    Path("q/r").mkdir()
except FileNotFoundError:
    print("FileNotFoundError")
f = Path("d/hello.txt")
print(f.write_text("hi there\n"), f.read_text(), end="")
print(f.write_bytes(b"\x00\x01"), f.read_bytes())
with f.open("w") as fh:
    fh.write("line1\nline2\n")
with open(f) as fh:
    print(fh.readlines())
print(f.exists(), f.is_file(), f.is_dir(), Path("d").is_dir(), Path("nope").exists(), f.is_symlink())
print(f.stat().st_size, f.samefile("d/hello.txt"), f.samefile(Path("d/e/../hello.txt")))
Path("d/t1.py").touch()
Path("d/t1.py").touch()
try:
    Path("d/t1.py").touch(exist_ok=False)
except FileExistsError:
    print("FileExistsError touch")
Path("d/.hidden").touch()
print(sorted(p.name for p in Path("d").iterdir()))
print(sorted(str(p) for p in Path(".").glob("d/*")))
print(sorted(str(p) for p in Path(".").glob("**/*.py")))
print(sorted(str(p) for p in Path("d").rglob("*")))
print(sorted(str(p) for p in Path(".").glob("**")))
print(sorted(str(p) for p in Path("d").glob("*.txt")), list(Path("d").glob("nomatch*")))
r = Path("d/t1.py").rename("d/t2.py")
print(repr(r), r.exists(), Path("d/t1.py").exists())
print(repr(r.replace(Path("d/t3.py"))))
os.symlink("hello.txt", "d/link")
print(Path("d/link").is_symlink(), Path("d/link").resolve() == f.resolve(), Path("d/link").readlink())
Path("d/link").unlink()
Path("d/t3.py").unlink()
Path("d/t3.py").unlink(missing_ok=True)
try:
    Path("d/t3.py").unlink()
except FileNotFoundError:
    print("FileNotFoundError unlink")
Path("d/e/f").rmdir()
print(sorted(str(p) for p in Path(".").rglob("*")))
try:
    Path("d/x").write_text(b"x")
except TypeError as e:
    print("TypeError", e)
os.chdir("/")
shutil.rmtree(base)
print(base.exists())
