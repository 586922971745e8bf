# sys.exit(N) exits with status N; finally blocks still run.
import sys
try:
    print('exiting with 3')
    sys.exit(3)
finally:
    print('finally runs during SystemExit')
