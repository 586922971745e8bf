# os.path string operations (posixpath semantics): no file system access.
import os
import os.path
import posixpath

p = posixpath
for a in ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "a//b", "./a", "../a/..", "/a/./b/../../c", "a/b/../../..", "//a//b"]:
    print(repr(a), "->", repr(p.normpath(a)), p.split(a), repr(p.basename(a)), repr(p.dirname(a)), p.isabs(a))
for a in ["a.txt", "a.tar.gz", ".bashrc", "a/.b.c", "a.b/c", "..", "a..", "x/y."]:
    print(repr(a), p.splitext(a))
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"), p.join("a", ""))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b/c", "a/b/d", "a/b"]))
print(p.commonprefix(["interspecies", "interstellar", "interstate"]))
for path, start in [("/a/b/c", "/a"), ("/a/b", "/a/b"), ("/a", "/a/b/c"), ("/x/y", "/a/b")]:
    print(path, start, p.relpath(path, start))
print(p.splitdrive("/a/b"), p.normcase("/A/b"))
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.normpath(b"/a/../b"))
print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep))
print(p.expanduser("~nosuchuser/x"), p.expanduser("plain"))
print(p.abspath("/a/b/../c"), p.isabs(p.abspath("rel")))


class P:
    def __fspath__(self):
        return "/some/where.txt"


print(os.fspath(P()), p.basename(P()), p.splitext(P()), isinstance(P(), os.PathLike))
print(os.fspath("s"), os.fspath(b"b"))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
