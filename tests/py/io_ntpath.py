# ntpath string operations (os.path on Windows), which run on every
# platform; no file system access.
import ntpath as p

for a in ["", "c:", "c:\\", "C:\\a\\b", "c:/a/b/", "\\\\server\\share\\x\\y", "//server/share", "a\\b\\..\\c", "\\a\\.\\b", "..\\..\\x", "c:a\\b", "a/b\\c"]:
    print(repr(a), p.splitdrive(a), p.split(a), repr(p.basename(a)), repr(p.dirname(a)), repr(p.normpath(a)), p.isabs(a))
for a in ["a.txt", "c:\\dir.d\\file", "x\\.hidden", "a.b.c", "dir\\..\\"]:
    print(repr(a), p.splitext(a))
print(p.join("c:\\", "a", "b"), p.join("c:", "a"), p.join("a", "c:\\b"), p.join("a", "\\b"), p.join("c:\\x", "d:y"), p.join("\\\\srv\\sh", "f"))
print(p.normcase("A/B\\C"), p.commonprefix(["c:\\ab", "c:\\ac"]))
print(p.commonpath(["c:\\a\\b", "c:\\a\\c"]), p.commonpath(["C:\\A\\b", "c:\\a\\d"]))
print(p.sep, p.altsep, p.pathsep, p.extsep, p.curdir, p.pardir, p.devnull)
try:
    p.commonpath(["c:\\a", "d:\\a"])
except ValueError as e:
    print("ValueError:", e)
