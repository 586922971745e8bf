# shadow.py LIBDIR SCRIPT runs SCRIPT under CPython with weft's Python
# standard modules (the .py files and packages in LIBDIR) replacing
# CPython's own modules of the same names.
#
# CPython has already imported some of those names before any user code
# runs (abc, for io; with importlib.util also types, functools, operator,
# collections, keyword, contextlib, warnings...). Adding LIBDIR to sys.path
# would not help, as sys.modules answers first. So this runner:
#   1. puts a finder first on sys.meta_path that answers for every module
#      defined in LIBDIR (and the submodules of its packages) with a
#      source loader reading the LIBDIR file;
#   2. removes those names from sys.modules, so the next import of each
#      goes through the finder. Modules already loaded by CPython keep
#      their references to the original objects and are unaffected;
#   3. checks that every replaced name now resolves into LIBDIR, and fails
#      loudly otherwise, so a silent fallback to CPython cannot pass;
#   4. runs SCRIPT as a fresh __main__ module.
import sys
from importlib.machinery import SourceFileLoader, ModuleSpec

libdir, script = sys.argv[1], sys.argv[2]
sep = '/' if '/' in libdir else '\\'


def _listdir(path):
    import os
    return os.listdir(path)


# Modules that are not shadowed. WEFT_ONLY exist only in weft (they need
# its runtime's native modules, which CPython lacks): nothing to compare
# with. GO_BACKED have a Go engine (a weft-only _module such as _re or
# _os), so CPython's own versions stay in place; the golden programs
# tests/py/{re,json,random,struct,io}_* check them against CPython.
WEFT_ONLY = {'vthreads', 'atexit'}
GO_BACKED = {  # one per line, so that branches adding modules merge
    're',
    'json',
    'random',
    'struct',
    'os',
    'posixpath',
    'ntpath',
    'socket',
    'subprocess',
    'hashlib',
    'zlib',
    'binascii',
    'traceback',
    'signal',
}

modules = {}
packages = set()
for entry in _listdir(libdir):
    if entry.removesuffix('.py') in WEFT_ONLY | GO_BACKED:
        continue
    if entry.endswith('.py'):
        modules[entry[:-3]] = libdir + sep + entry
    elif entry not in ('testdata', '__pycache__'):
        init = libdir + sep + entry + sep + '__init__.py'
        try:
            open(init).close()
        except OSError:
            continue
        modules[entry] = init
        packages.add(entry)
        for sub in _listdir(libdir + sep + entry):
            if sub.endswith('.py') and sub != '__init__.py':
                modules[entry + '.' + sub[:-3]] = libdir + sep + entry + sep + sub

# A module that is a shell over one of weft's native modules (decimal over
# _decimal) cannot run on CPython's runtime, whose _decimal is different:
# CPython keeps its own module of that name.
for name in ('decimal',):
    modules.pop(name, None)


class WeftLibFinder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        filename = modules.get(name)
        if filename is None:
            return None
        spec = ModuleSpec(name, SourceFileLoader(name, filename), origin=filename,
                          is_package=name in packages)
        spec.has_location = True
        if name in packages:
            spec.submodule_search_locations = [libdir + sep + name]
        return spec

    @staticmethod
    def invalidate_caches():
        pass


# CPython's own versions of the Go-backed modules are imported before the
# finder goes in, so that they (and weft modules importing them, such as
# string importing re) bind CPython's enum, functools... not weft's.
for name in sorted(GO_BACKED):
    __import__(name)

sys.meta_path.insert(0, WeftLibFinder)
for name in list(sys.modules):
    if name.split('.')[0] in modules:
        del sys.modules[name]
sys.dont_write_bytecode = True

import importlib
for name in sorted(modules):
    module = importlib.import_module(name)
    if not module.__file__.startswith(libdir):
        sys.exit(f'shadow.py: {name} was loaded from {module.__file__}, not {libdir}')

sys.argv = [script]
with open(script) as f:
    code = compile(f.read(), script, 'exec')
# The script gets a fresh __main__ module, as `python3 script` would give
# it, so that code looking the module up in sys.modules finds its globals.
main = type(sys)('__main__')
main.__file__ = script
main.__builtins__ = __builtins__
sys.modules['__main__'] = main
exec(code, main.__dict__)
