from .. import leaf
from ..leaf import leaf_func as lf
DEEP = 'deep value via ' + lf()
