print('_pkg/__init__ runs')
PKG_VALUE = 'pkg'
from . import leaf
