"""Warning control (warnings), for weft.

warn() finds the caller's file and line through sys._getframe(stacklevel):
this is the one place the library needs frame introspection, since a
warning must be attributed to the code that triggered it. Filters are
tuples (action, message, category, module, lineno) searched first to last;
"default" shows a warning once per (text, category, location), as the
__warningregistry__ does in CPython (kept here in a module dict)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
_onceregistry = {}
_shown = set()

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")



def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way: 'file:line: Category: message'
    followed by the indented source line when it can be read."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += f"  {line.strip()}\n"
    return s


def _showwarnmsg_impl(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default); replaceable."""
    _showwarnmsg_impl(message, category, filename, lineno, file, line)


_original_showwarning = showwarning


class WarningMessage:
    """One recorded warning, as catch_warnings(record=True) keeps them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _shown.clear()


def _check_action(action):
    # CPython checks filter arguments with assert statements; the same
    # exception type is raised here, but unconditionally.
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")


class _Pattern:
    """A filter's message or module pattern, matched as a case-insensitive
    prefix (messages) or exactly (modules): the regular expressions used
    in practice are plain text, and this keeps warnings independent of re.
    Metacharacters in a pattern are therefore matched literally."""

    def __init__(self, text, ignore_case, exact=False):
        self.text = text
        self.ignore_case = ignore_case
        self.exact = exact

    def match(self, s):
        if self.exact:
            return s == self.text
        if self.ignore_case:
            return s.lower().startswith(self.text.lower())
        return s.startswith(self.text)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.text, self.ignore_case) == (other.text, other.ignore_case)

    def __hash__(self):
        return hash((self.text, self.ignore_case))

    def __repr__(self):
        return f"re.compile({self.text!r})"


# CPython's default filters for a release build: deprecation warnings are
# shown only when triggered by __main__.
filters.extend([
    ("default", None, DeprecationWarning, _Pattern("__main__", False, exact=True), 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
])


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter: warnings whose text starts with message, of class
    category, from a module whose name starts with module, at lineno (0:
    any) get action."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module, False, exact=True) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message of category."""
    _check_action(action)
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _shown.clear()


def _caller(stacklevel):
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return "sys", 1, {"__name__": "sys"}
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, attributed to the code stacklevel frames up, or
    raise it if the filters say 'error'."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    filename, lineno, globals_ = _caller(stacklevel)
    module = globals_.get('__name__', '<string>')
    warn_explicit(message, category, filename, lineno, module, None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
        if key in _onceregistry:
            return
        _onceregistry[key] = 1
    elif action == "module":
        key = (text, category, module)
        if key in _shown:
            return
        _shown.add(key)
    elif action == "default":
        key = (text, category, filename, lineno)
        if key in _shown:
            return
        _shown.add(key)
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {action!r}")
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    show = showwarning
    if show is not _original_showwarning:
        if not callable(show):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class catch_warnings:
    """Save the filters and showwarning on entry and restore them on exit;
    with record=True, collect warnings in the list that __enter__ returns.
    action/category/lineno/append (3.11) apply a simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        module = self._module
        self._saved_filters = module.filters
        module.filters = module.filters[:]
        self._saved_shown = set(_shown)
        self._saved_showwarning = module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        module = self._module
        module.filters = self._saved_filters
        _shown.clear()
        _shown.update(self._saved_shown)
        module.showwarning = self._saved_showwarning
