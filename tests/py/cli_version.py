# cmdline: -V
# golden: hand-written — weft prints its own version line ("Python 3.12.0 (weft)"), not CPython's "Python 3.11.x".
# -V prints the version on stdout and exits 0. (This file only carries the directives.)
