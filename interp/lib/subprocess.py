"""Child processes: run, call, check_call, check_output, getoutput,
getstatusoutput, Popen, CompletedProcess, CalledProcessError, TimeoutExpired,
PIPE, STDOUT, DEVNULL.

The processes themselves are started and waited for by the Go module
_subprocess (interp/subprocessmod), which announces every wait to the
scheduler: a virtual thread waiting for a child (wait, communicate, a read
on its pipe) parks without holding a carrier, so other virtual threads keep
running. This file is the CPython-compatible surface: argument handling,
text mode, timeouts, and the exceptions with CPython's messages.
"""

import os
import sys
import _subprocess

__all__ = [
    "Popen", "PIPE", "STDOUT", "DEVNULL", "call", "check_call", "check_output", "run", "getoutput",
    "getstatusoutput", "CalledProcessError", "SubprocessError", "TimeoutExpired", "CompletedProcess",
]

PIPE = -1
STDOUT = -2
DEVNULL = -3
_INHERIT = -4

_mswindows = sys.platform == "win32"


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) when the child exits non-zero."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except (ImportError, AttributeError, ValueError):
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a timeout passes before the child exits."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode and the captured stdout/stderr (None when not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            parts.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            parts.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        """Raise CalledProcessError if returncode is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate_newlines(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


class _PipeReader:
    """The parent's end of the child's stdout or stderr (Popen.stdout / Popen.stderr)."""

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self.closed = False

    def _decode(self, b):
        if not self._text:
            return b
        return _translate_newlines(b.decode(self._encoding, self._errors))

    def read(self, size=-1):
        if size is None:
            size = -1
        return self._decode(_subprocess.read(self._proc._handle, self._which, size))

    def readline(self, size=-1):
        return self._decode(_subprocess.readline(self._proc._handle, self._which))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeWriter:
    """The parent's end of the child's stdin (Popen.stdin)."""

    def __init__(self, proc, text, encoding, errors):
        self._proc = proc
        self._text = text
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self.closed = False

    def write(self, data):
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            n = len(data)
            data = data.encode(self._encoding, self._errors)
        else:
            data = bytes(data)
            n = len(data)
        _subprocess.write(self._proc._handle, data)
        return n

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close_stdin(self._proc._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _disposition(v, name):
    if v is None:
        return _INHERIT
    if v in (PIPE, DEVNULL) or (v == STDOUT and name == "stderr"):
        return v
    if isinstance(v, int):
        if v < 0:
            raise ValueError("bad value for %s: %r" % (name, v))
        return v
    try:
        return v.fileno()
    except AttributeError:
        raise TypeError("%s must be None, PIPE, DEVNULL, a file descriptor or a file object" % name) from None


class Popen:
    """A running child process; see the subprocess documentation for the arguments."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("weft's subprocess does not run preexec_fn (the child is started by Go's os/exec)")
        self.args = args
        self.returncode = None
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.")
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors
        if shell:
            if _mswindows:
                comspec = os.environ.get("COMSPEC", "cmd.exe")
                argv = [executable or comspec, "/c"] + ([args] if isinstance(args, (str, bytes)) else list(args))
            else:
                argv = [executable or "/bin/sh", "-c"] + ([args] if isinstance(args, (str, bytes, os.PathLike)) else list(args))
            executable = None
        elif isinstance(args, (str, bytes, os.PathLike)):
            argv = [args]
        else:
            argv = list(args)
        argv = [os.fsdecode(a) for a in argv]
        if executable is not None:
            executable = os.fsdecode(executable)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        envlist = None
        if env is not None:
            envlist = []
            for k, v in env.items():
                k, v = os.fsdecode(k), os.fsdecode(v)
                if "=" in k:
                    raise ValueError("illegal environment variable name")
                envlist.append(k + "=" + v)
        modes = (_disposition(stdin, "stdin"), _disposition(stdout, "stdout"), _disposition(stderr, "stderr"))
        # The child writes straight to the inherited descriptors: what this
        # process has buffered must come out first.
        for s in (sys.stdout, sys.stderr):
            try:
                s.flush()
            except Exception:
                pass
        self._handle = _subprocess.spawn(argv, executable, cwd, envlist, modes[0], modes[1], modes[2])
        self.pid = _subprocess.pid(self._handle)
        self.stdin = _PipeWriter(self, self.text_mode, encoding, errors) if modes[0] == PIPE else None
        self.stdout = _PipeReader(self, 1, self.text_mode, encoding, errors) if modes[1] == PIPE else None
        self.stderr = _PipeReader(self, 2, self.text_mode, encoding, errors) if modes[2] == PIPE else None

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        """The returncode if the child has exited, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to exit and return its returncode; TimeoutExpired after timeout seconds."""
        if self.returncode is not None:
            return self.returncode
        rc = _subprocess.wait(self._handle, timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout and stderr to the end, wait for the exit; return (stdout, stderr)."""
        if self.stdin is None:
            input = None
        if input is not None and self.text_mode:
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        elif input is not None:
            input = bytes(input)
        if self.stdin is not None:
            self.stdin.closed = True
        finished, out, err = _subprocess.communicate(self._handle, input, timeout)
        if self.stdout is None:
            out = None
        if self.stderr is None:
            err = None
        if self.text_mode:
            if out is not None:
                out = self.stdout._decode(out)
            if err is not None:
                err = self.stderr._decode(err)
        if not finished:
            raise TimeoutExpired(self.args, timeout, out, err)
        self.wait()
        return out, err

    def send_signal(self, sig):
        """Send signal sig to the child (nothing once it has been reaped)."""
        self.poll()
        if self.returncode is None:
            _subprocess.signal(self._handle, sig)

    def terminate(self):
        """Ask the child to stop: SIGTERM on POSIX, TerminateProcess on Windows."""
        if _mswindows:
            self.kill()
        else:
            self.send_signal(15)

    def kill(self):
        """Kill the child: SIGKILL on POSIX, TerminateProcess on Windows."""
        self.poll()
        if self.returncode is None:
            _subprocess.kill(self._handle)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError on a non-zero returncode; returns 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its stdout; CalledProcessError on a non-zero returncode."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        kwargs["input"] = "" if kwargs.get("text") or kwargs.get("universal_newlines") or kwargs.get("encoding") or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of cmd run by the shell, stderr merged, trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of cmd run by the shell, trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
