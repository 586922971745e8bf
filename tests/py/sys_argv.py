# args: first --flag 3
# sys.argv holds the script name and the arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print(sum(int(a) for a in sys.argv[1:] if a.isdigit()))
