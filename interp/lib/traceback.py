"""Extract, format and print Python stack traces and exceptions.

weft's traceback module. Exceptions are formatted by the interpreter's own
printer through the native _weft_traceback hook, so traceback.print_exc()
prints the same bytes as an uncaught exception (source lines, caret lines,
chaining, exception groups and notes); this module arranges those pieces
into the documented API (FrameSummary, StackSummary, TracebackException).
"""

import sys
import _weft_traceback as _native

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()

_RECURSIVE_CUTOFF = 3


def _source_line(filename, lineno):
    if lineno is None:
        return ''
    return _native.source_line(filename, lineno)


class FrameSummary:
    """One frame of a stack: filename, lineno, name and the source line.

    `_formatted` holds the interpreter's rendering of the entry (with its
    caret line) when the frame came from an exception's traceback.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_formatted')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._formatted = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f outwards (default: the caller's caller)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        def gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                locals=f_locals, end_lineno=end_lineno, colno=colno,
                end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """One formatted entry: the File line, the source and the locals."""
        if frame_summary._formatted is not None and frame_summary.locals is None:
            return frame_summary._formatted
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary._formatted is not None:
            row = [frame_summary._formatted]
        elif frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack, collapsing long runs of one repeated frame."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


def _tb_key(tb):
    return [(f.f_code.co_filename, lineno, f.f_code.co_name) for f, lineno in walk_tb(tb)]


def _attach_native(stack, exc, tb):
    """Give stack's entries the interpreter's rendering when tb is (a tail
    of) exc's own traceback, so formatted entries carry caret lines."""
    if exc is None or not isinstance(exc, BaseException) or not stack:
        return
    own = exc.__traceback__
    if own is None:
        return
    own_key = _tb_key(own)
    key = _tb_key(tb)
    if len(key) > len(own_key) or own_key[len(own_key) - len(key):] != key:
        return
    entries = _native.tb_entries(exc)[len(own_key) - len(key):]
    keys = key
    for fs in stack:
        # stack may be limited: match each summary to its entry.
        for i, k in enumerate(keys):
            if k == (fs.filename, fs.lineno, fs.name):
                fs._formatted = entries[i]
                keys = keys[i + 1:]
                entries = entries[i + 1:]
                break


def extract_tb(tb, limit=None):
    """StackSummary of the entries of a traceback, outermost first."""
    stack = StackSummary.extract(walk_tb(tb), limit=limit)
    _attach_native(stack, sys.exception(), tb)
    return stack


def extract_stack(f=None, limit=None):
    """StackSummary of the current stack (or from frame f), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Frames in weft are snapshots that hold no locals alive: nothing to clear."""
    while tb is not None:
        tb = tb.tb_next


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _split_lines(text):
    return text.splitlines(keepends=True)


class TracebackException:
    """An exception captured for later formatting: its type, its stack
    (a StackSummary), its cause and context (TracebackExceptions too) and,
    for exception groups, its members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self.exc_type = exc_type
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(
            walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        _attach_native(self.stack, exc_value, exc_traceback)
        self._tb_is_own = (exc_value is not None and limit is None and
                           not capture_locals and
                           _tb_key(exc_traceback) == _tb_key(exc_value.__traceback__))
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.end_lineno = exc_value.end_lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        kw = dict(limit=limit, lookup_lines=lookup_lines,
                  capture_locals=capture_locals,
                  max_group_width=max_group_width,
                  max_group_depth=max_group_depth, _seen=_seen)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **kw)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen and
                    not (compact and (cause is not None or self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, **kw)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [
                    TracebackException(type(e), e, e.__traceback__, **kw)
                    for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _type_name(self.exc_type)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the "Type: message" line(s) and the notes."""
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        if isinstance(self._exc, BaseException):
            yield from _split_lines(_native.exception_only(self._exc))
            return
        stype = _type_name(self.exc_type)
        yield (stype + "\n") if not self._str else f"{stype}: {self._str}\n"

    def format(self, *, chain=True, _ctx=None):
        """Yield the report's lines, cause and context first when chain."""
        output = []
        exc, msg = self, None
        while exc is not None:
            output.append((msg, exc))
            if not chain:
                break
            if exc.__cause__ is not None:
                msg = "\nThe above exception was the direct cause of the following exception:\n\n"
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
                exc = exc.__context__
            else:
                exc = None
        for msg, exc in reversed(output):
            yield from exc._format_one()
            if msg is not None:
                yield msg

    def _format_one(self):
        if self.exceptions is not None and self._tb_is_own:
            yield from _split_lines(_native.format_exception(self._exc, False))
            return
        if self.stack:
            if self.exceptions is not None:
                yield "Exception Group Traceback (most recent call last):\n"
            else:
                yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _type_name(t):
    stype = t.__qualname__
    smod = t.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    return stype


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
