# cmdline: -c x=1;y=x/0
# An uncaught exception in -c code: the traceback names File "<string>".
# (This file only carries the directive; it is not executed.)
