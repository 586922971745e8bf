# Output before an uncaught exception is kept on stdout; stderr carries the traceback; print(file=sys.stderr).
import sys
print('to stdout 1')
print('to stderr', file=sys.stderr)
print('to stdout 2', end='')
sys.stdout.flush()
raise SystemError if False else OverflowError('math range')
