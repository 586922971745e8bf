# import of a helper module: executes once, attributes, module identity, sys.modules caching.
import sys
import _helper_mod
import _helper_mod as again
print(_helper_mod.CONSTANT, _helper_mod.greet('test'), _helper_mod.Thing(), again is _helper_mod)
print(_helper_mod.bump(), again.bump(), _helper_mod.counter)
print(_helper_mod.__name__, type(_helper_mod).__name__, '_helper_mod' in sys.modules, sys.modules['_helper_mod'] is again)
print(__name__, repr(_helper_mod)[:27])
import _helper_mod
print('second import does not re-run the module body')
