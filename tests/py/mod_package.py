# Packages: __init__ runs first, submodules, relative imports, import a.b binds a.
import _pkg.sub.deep
print(_pkg.PKG_VALUE, _pkg.leaf.leaf_func(), _pkg.sub.deep.DEEP)
from _pkg import leaf
from _pkg.leaf import leaf_func
print(leaf is _pkg.leaf, leaf_func is leaf.leaf_func, leaf.__name__, _pkg.sub.deep.__name__, _pkg.__name__)
import _pkg.leaf as L
print(L is leaf, _pkg.__package__, _pkg.sub.__package__)
