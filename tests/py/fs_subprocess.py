import os, sys, subprocess, tempfile, shutil

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo out; echo err 1>&2; exit 3", shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
r = subprocess.run(["sh", "-c", "echo a; echo b 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
print(subprocess.run(["cat"], input=b"piped input", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="text mode\r\nline2\n", capture_output=True, text=True).stdout)
try:
    subprocess.run(["sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd)
try:
    subprocess.run(["sh", "-c", "echo partial; exec sleep 5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, e.timeout, e.stdout)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print("killed:", e.returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "x"]), subprocess.check_output("echo $FOO", shell=True, env={"FOO": "bar", "PATH": os.environ["PATH"]}, text=True))
try:
    subprocess.check_output(["sh", "-c", "echo got; exit 1"])
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout)
print(subprocess.getoutput("echo hi; echo there 1>&2"), subprocess.getstatusoutput("exit 4"))
d = tempfile.mkdtemp()
print(subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
shutil.rmtree(d)
print(subprocess.run(["echo", "quiet"], stdout=subprocess.DEVNULL).stdout)
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename, e)
try:
    subprocess.run(["true"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("FileNotFoundError cwd", e.filename)
try:
    subprocess.run(["cat"], input=b"", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.returncode, p.poll(), isinstance(p.pid, int))
out, err = p.communicate(b"through cat")
print(out, err, p.returncode, p.poll(), p.wait())

p = subprocess.Popen(["sh", "-c", "read x; echo got $x; echo line2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("value\n")
p.stdin.flush()
p.stdin.close()
print(repr(p.stdout.readline()))
print(list(p.stdout))
print(p.wait())

p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p.kill()
with subprocess.Popen(["sh", "-c", "printf 'a\\nb\\n'"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
sys.stdout.write("before child\n")
sys.stdout.flush()  # CPython buffers a piped stdout; weft flushes before spawning anyway
subprocess.run(["echo", "child writes to inherited stdout"])
print("after child")
r = subprocess.run(["sh", "-c", "head -c 300000 /dev/zero"], capture_output=True)
print(len(r.stdout))
print(subprocess.CompletedProcess(["a"], 0), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
