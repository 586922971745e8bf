# cmdline: -c print(__name__,__import__('sys').argv) extra1 extra2
# -c runs a program given as one argument; sys.argv[0] is "-c" and the rest follow.
# (This file only carries the directive; it is not executed.)
