# ImportError / ModuleNotFoundError messages; a module failing mid-import is not cached.
import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name =', e.name, isinstance(e, ImportError))
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from _pkg import missing_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print('ZeroDivisionError during import:', e, '_raises_on_import' in sys.modules)
import no_such_module_at_top_level
