# cmdline: no_such_script.py
# The interpreter is asked to run a file that does not exist: message on stderr, exit status 2.
# (This file only carries the directive; it is not executed.)
