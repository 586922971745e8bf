# from-imports: names, aliases, star import skipping underscore names, missing names.
from _helper_mod import CONSTANT, greet as hello
from _helper_mod import *
print(CONSTANT, hello('x'), Thing(), bump(), counter)
try:
    _private
except NameError as e:
    print('NameError:', e)
try:
    from _helper_mod import nonexistent
except ImportError as e:
    print('ImportError:', e.msg if hasattr(e, 'msg') else e, '| name =', e.name)
from math import sqrt, pi as PI
print(sqrt(16), round(PI, 5))
