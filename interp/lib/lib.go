// Package lib holds the part of weft's standard library that is written in
// Python and compiled into the binary, in the way PyPy ships its app-level
// modules.
//
// Why Python and not Go: modules such as functools, dataclasses, enum or
// typing are mostly class machinery (metaclasses, descriptors, generated
// methods) whose behaviour is defined by the language itself. Writing them in
// Python keeps them exactly as dynamic as CPython's versions (users subclass,
// monkeypatch and introspect them) and lets the interpreter's own improvements
// speed them up. weft has no C accelerators (_functools, _collections...): the
// Python source here is the implementation, not a fallback.
//
// What the interpreter must provide for these modules to run: exec/eval of
// source text with explicit globals (dataclasses, namedtuple); metaclasses
// with __prepare__, keyword arguments to class statements and
// __init_subclass__ (enum, abc, typing); __set_name__ (cached_property,
// dataclass fields); __class_getitem__ and __mro_entries__ (typing,
// NamedTuple/TypedDict class syntax); data and non-data descriptors and
// __slots__ (including a '__dict__' slot); type.__abstractmethods__ with
// object.__new__ refusing abstract classes; __instancecheck__ and
// __subclasscheck__ on metaclasses; type.__subclasses__(); mappingproxy
// (type(type.__dict__)); types.GenericAlias and int | str unions; generators
// with send/throw/close; sys._getframe(n) with f_globals, f_code.co_filename
// and f_lineno (warnings.warn; namedtuple, Enum(), TypeVar and NewType use
// it, when present, only to set __module__).
//
// The importer looks a module up in FS by name: "functools" is functools.py,
// and a package such as "collections" is the directory collections/ with its
// __init__.py (collections.abc is collections/abc.py). Every file is written
// for weft from scratch; testdata/ holds scripts that check each module
// against CPython's own (see TestModulesUnderCPython).
package lib

import "embed"

// FS holds the Python sources of the built-in standard modules, keyed by
// their path relative to this directory ("functools.py",
// "collections/__init__.py"). It is read-only and shared by every
// interpreter in the process.
//
//go:embed *.py collections/*.py concurrent/*.py concurrent/futures/*.py json/*.py
//go:embed asyncio/*.py gevent/*.py
//go:embed unittest/*.py
//go:embed logging/*.py
var FS embed.FS
