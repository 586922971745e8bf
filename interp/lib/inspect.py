"""inspect, the part of it that weft provides: type predicates, the
states of generators and coroutines, class introspection (getmembers,
getattr_static, getdoc) and call signatures (signature, Signature,
Parameter, BoundArguments).

Written for weft. The generator-state functions read the gi_*/cr_*
attributes the VM exposes (gi_running, gi_suspended, gi_frame), the same
attributes CPython's version reads, so they behave identically there.
"""

import enum
import functools
import types
from collections import OrderedDict

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def _unwrap_function(obj):
    while ismethod(obj):
        obj = obj.__func__
    return obj


def _has_code_flag(obj, flag):
    obj = _unwrap_function(obj)
    if not isfunction(obj):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (iscoroutine(obj) or hasattr(type(obj), '__await__')
            or (isgenerator(obj) and bool(obj.gi_code.co_flags & 0x100)))


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def ismemberdescriptor(obj):
    return isinstance(obj, types.MemberDescriptorType)


def isgetsetdescriptor(obj):
    return isinstance(obj, types.GetSetDescriptorType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", None))


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follows the __wrapped__ chain that functools.wraps leaves, as far
    as stop allows, refusing a chain that loops back on itself."""
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(func))
    return func


# Class introspection.

def getmembers(object, predicate=None):
    """Every attribute name dir() lists with its value, sorted by name.
    An attribute that getattr cannot read (a failing property on a class
    is not one, but a slot never assigned is) is taken from the first
    class dict in the MRO that holds it, or left out."""
    mro = object.__mro__ if isclass(object) else ()
    results = []
    seen = set()
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if key in seen:
            continue
        seen.add(key)
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


_missing = object()


def _class_lookup(klass, attr):
    for entry in klass.__mro__:
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _missing


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return {}


def getattr_static(obj, attr, default=_missing):
    """Looks attr up as getattr would, without running any descriptor,
    __getattr__ or __getattribute__: it returns the raw object found in
    the instance or class dicts (a property, a classmethod)."""
    if isinstance(obj, type):
        klass = obj
        found = _missing
    else:
        klass = type(obj)
        found = _instance_dict(obj).get(attr, _missing)
    in_class = _class_lookup(klass, attr)
    if found is not _missing and in_class is not _missing:
        tp = type(in_class)
        if _class_lookup(tp, "__get__") is not _missing and _class_lookup(tp, "__set__") is not _missing:
            return in_class
    if found is not _missing:
        return found
    if in_class is not _missing:
        return in_class
    if obj is klass:
        in_meta = _class_lookup(type(klass), attr)
        if in_meta is not _missing:
            return in_meta
    if default is not _missing:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    """Removes the indentation that a docstring's second and later lines
    share, and the blank lines at its start and end."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """The cleaned docstring of object, or for a class without one the
    nearest base class's (object's own excepted)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is not builtins_object and base.__doc__ is not None:
                doc = base.__doc__
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


builtins_object = object


# Signatures.

class _empty:
    """Marks a parameter without default or annotation."""


class _void:
    """Marks an argument that replace() leaves unchanged."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _kind_descriptions[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_kind_descriptions = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def _strip_typing_prefix(text):
    # Drops "typing." from the front of every dotted name in text, so
    # typing.List[typing.Any] prints as List[Any].
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and (text[j].isalnum() or text[j] in "_."):
            j += 1
        if j > i:
            word = text[i:j]
            out.append(word[7:] if word.startswith("typing.") else word)
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: its name, kind, default and
    annotation (each of the last two Parameter.empty when absent).
    Parameters are immutable; replace() makes a changed copy."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            msg = "{} parameters cannot have default values".format(self._kind.description)
            raise ValueError(msg)
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[:1] == "." and name[1:].isdigit():
            # The implicit ".0" argument of comprehensions.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError("implicit arguments must be passed as positional or keyword "
                                 "arguments, not {}".format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = "implicit" + name[1:]
        # Python 3.11 accepts keywords as names here (3.12 refuses them).
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = "{} = {}".format(text, repr(self._default))
            else:
                text = "{}={}".format(text, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: arguments maps each bound parameter's
    name to its value (a tuple for *args, a dict for **kwargs)."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _VAR_POSITIONAL:
                    val = ()
                elif param.kind == _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(type(self).__name__, ", ".join(args))


class Signature:
    """The parameters of a callable and its return annotation. str() of a
    Signature is the parameter list as it would be written in a def, with
    the / and * markers where the kinds change."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = "wrong parameter order: {} parameter before {} parameter".format(
                        top_kind.description, kind.description)
                    raise ValueError(msg)
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, cls, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwo, self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, frozenset(kwo.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments.
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        msg = "missing a required argument: {arg!r}"
                        raise TypeError(msg.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        arguments[param.name] = (arg_val,) + tuple(arg_vals)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(arg=name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, "
                                    "but was passed as a keyword".format(arg=name))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(type(self).__name__, self)

    def __str__(self):
        result = []
        pending_slash = False
        need_star = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                result.append("/")
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                result.append("*")
                need_star = False
            result.append(str(param))
        if pending_slash:
            result.append("/")
        text = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self.return_annotation))
        return text


def _function_signature(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & 0x04:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for i in range(npos, npos + nkwonly):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    # A bound method: its first positional parameter is already given.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial):
    # functools.partial: its positional arguments fill the first
    # parameters; its keywords become new defaults, and every parameter
    # after one given by keyword can only be passed by keyword.
    params = list(sig.parameters.values())
    try:
        sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as e:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from e
    npos = len(partial.args)
    out = []
    keyword_only = False
    for param in params:
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and npos > 0:
            npos -= 1
            continue
        if param.name in partial.keywords and param.kind != _VAR_KEYWORD:
            keyword_only = keyword_only or param.kind == _POSITIONAL_OR_KEYWORD
            out.append(param.replace(default=partial.keywords[param.name],
                                     kind=_KEYWORD_ONLY if param.kind != _KEYWORD_ONLY else param.kind))
            continue
        if keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only and param.kind == _VAR_POSITIONAL:
            continue
        out.append(param)
    return sig.replace(parameters=out)


def _python_attr(cls, name):
    # The first definition of name in cls's MRO, if it is not one of
    # type's or object's built-in slots (which have no signature to read).
    for base in cls.__mro__:
        if name in base.__dict__:
            if base is builtins_object or base is type:
                return None
            return base.__dict__[name]
    return None


def _signature_of(obj, cls, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_of(obj.__func__, cls, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, cls, follow_wrapped)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj):
        return _function_signature(cls, obj)
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature_of(obj.func, cls, follow_wrapped), obj)
    if isinstance(obj, type):
        call = _python_attr(type(obj), "__call__")
        if call is not None:
            return _drop_first(_signature_of(call, cls, follow_wrapped))
        new = _python_attr(obj, "__new__")
        if new is not None:
            if isinstance(new, staticmethod):
                new = new.__func__
            return _drop_first(_signature_of(new, cls, follow_wrapped))
        init = _python_attr(obj, "__init__")
        if init is not None:
            return _drop_first(_signature_of(init, cls, follow_wrapped))
        if obj.__init__ is builtins_object.__init__ and obj.__new__ is builtins_object.__new__:
            return cls()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if not isinstance(obj, (types.BuiltinFunctionType, types.MethodDescriptorType)):
        call = _python_attr(type(obj), "__call__")
        if call is not None:
            return _drop_first(_signature_of(call, cls, follow_wrapped))
    raise ValueError("no signature found for builtin {!r}".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj: a function's from its code and
    defaults, a bound method's without its first parameter, a class's from
    its metaclass __call__, __new__ or __init__, a partial's from what it
    leaves to pass. Built-in functions carry none in weft (ValueError)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
