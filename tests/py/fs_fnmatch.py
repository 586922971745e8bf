import fnmatch
for pat in ["*.py", "a?c", "[a-c]*", "[!a]*", "*", "[]]x", "[!]]x", "[", "a[b", "**.txt", "[z-a]", "[!z-a]", "x.*", "*[.]py"]:
    print(pat, repr(fnmatch.translate(pat)))
    for name in ["a.py", "abc", "b", "]x", "[", "a[b", "x.txt", "Z", "x.y", ".py", "a\nb.py"]:
        if fnmatch.fnmatchcase(name, pat): print("  ", repr(name))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatch("a.py", "*.py"))
print(fnmatch.fnmatchcase(b"a.py", b"*.py"))
