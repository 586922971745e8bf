# args: --name=weft -vv input.txt extra1 extra2 --flag
# argparse: parses sys.argv (prog defaults to the script name), then prints help to stdout and exits 0.
import argparse

p = argparse.ArgumentParser(description='Reads sys.argv.')
p.add_argument('--name')
p.add_argument('-v', action='count', default=0)
p.add_argument('--flag', action='store_true')
p.add_argument('src')
p.add_argument('rest', nargs='*')
print(p.parse_args())
print(p.prog)
p.parse_args(['--help'])
print('not reached')
