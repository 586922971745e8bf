import os, glob, shutil, tempfile

base = tempfile.mkdtemp(prefix="fsg")
print(os.path.isdir(base), os.path.basename(base).startswith("fsg"))
os.chdir(base)
for d in ["a", "a/b", "a/b/c", ".hid", "x"]:
    os.makedirs(d, exist_ok=True)
for f in ["a/1.py", "a/b/2.py", "a/b/c/3.txt", ".hid/h.py", "top.py", ".dot.py", "x/[q].txt"]:
    with open(f, "w") as fh:
        fh.write(f + "\n")

print(sorted(glob.glob("*")))
print(sorted(glob.glob("*", include_hidden=True)))
print(sorted(glob.glob("*.py")))
print(sorted(glob.glob(".*")))
print(sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("a/**/", recursive=True)))
print(sorted(glob.glob("a/*/*.py")))
print(sorted(glob.glob("**/*.py")))
print(sorted(glob.glob("*.py", root_dir="a")))
print(sorted(glob.glob("x/" + glob.escape("[q].txt"))))
print(glob.escape("a[b]*?.c"), glob.has_magic("a*"), glob.has_magic("abc"))
print(sorted(glob.iglob("a/b/?.py")))
print(glob.glob("nothing*"), glob.glob("top.py"), glob.glob("missing.py"))

# shutil
print(shutil.copyfile("top.py", "copy.py"))
print(open("copy.py").read(), end="")
os.chmod("top.py", 0o640)
print(shutil.copy("top.py", "x"), oct(os.stat("x/top.py").st_mode & 0o777))
print(shutil.copy2("a/1.py", "x/one.py"))
print(shutil.copytree("a", "a2"))
print(sorted(glob.glob("a2/**", recursive=True)))
shutil.copytree("a", "a3", ignore=shutil.ignore_patterns("*.txt", "c"))
print(sorted(glob.glob("a3/**", recursive=True)))
try:
    shutil.copytree("a", "a2")
except FileExistsError as e:
    print("FileExistsError", os.path.basename(e.filename))
shutil.copytree("a", "a2", dirs_exist_ok=True)
try:
    shutil.copyfile("top.py", "top.py")
except shutil.SameFileError as e:
    print("SameFileError", e)
print(shutil.move("copy.py", "moved.py"), os.path.exists("copy.py"))
print(shutil.move("moved.py", "x"))
print(shutil.move("a3", "a4"), sorted(os.listdir("a4")))
shutil.rmtree("a2")
print(os.path.exists("a2"))
try:
    shutil.rmtree("nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
shutil.rmtree("nope", ignore_errors=True)
print(shutil.which("sh") is not None, shutil.which("no-such-cmd-xyz"))
print(type(shutil.get_terminal_size()).__name__, len(shutil.get_terminal_size((10, 5))))
u = shutil.disk_usage(".")
print(u.total >= u.used >= 0, u.free >= 0)
with open("big.bin", "wb") as f:
    f.write(bytes(range(256)) * 9000)
shutil.copyfile("big.bin", "big2.bin")
print(open("big2.bin", "rb").read() == open("big.bin", "rb").read())

# tempfile
print(tempfile.gettempdir() == os.path.dirname(base))
fd, name = tempfile.mkstemp(suffix=".dat", dir=".")
os.write(fd, b"hello")
os.close(fd)
print(os.path.isabs(name), name.endswith(".dat"), open(name, "rb").read(), oct(os.stat(name).st_mode & 0o777))
os.unlink(name)
d = tempfile.mkdtemp(dir=".")
print(oct(os.stat(d).st_mode & 0o777), os.listdir(d))
os.rmdir(d)
with tempfile.NamedTemporaryFile(dir=".", suffix=".txt") as f:
    f.write(b"abc")
    f.flush()
    print(os.path.exists(f.name), open(f.name, "rb").read())
    nm = f.name
print(os.path.exists(nm))
with tempfile.NamedTemporaryFile("w+", dir=".", delete=False) as f:
    f.write("text")
    nm = f.name
print(open(nm).read())
os.unlink(nm)
with tempfile.TemporaryFile(dir=".") as f:
    f.write(b"xyz")
    f.seek(0)
    print(f.read())
with tempfile.TemporaryDirectory(dir=".") as td:
    open(os.path.join(td, "f"), "w").close()
    os.mkdir(os.path.join(td, "sub"))
    print(sorted(os.listdir(td)))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(prefix="pre", dir=".")
print(os.path.basename(t.name).startswith("pre"))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b"12345")
    print(s._rolled)
    s.write(b"1234567890")
    print(s._rolled)
    s.seek(0)
    print(s.read())
print(sorted(glob.glob("*")))
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
