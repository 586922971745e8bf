# argparse: subcommands, required groups; the last error really exits with status 2.
import argparse
import sys

real_stderr = sys.stderr
sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='cmd', required=True, help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='commit')
a = sub.add_parser('add', help='add files')
a.add_argument('paths', nargs='*', default=['.'])
l = sub.add_parser('log')
l.add_argument('-n', type=int, default=10)
l.add_argument('--extend', action='extend', nargs='+', default=[])
l.add_argument('--c', action='append_const', const=1, dest='consts')

p.print_help()
c.print_help()
attempt(p, ['commit', '-m', 'msg'])
attempt(p, ['--debug', 'ci', '-m', 'x', '--amend'])
attempt(p, ['add', 'a', 'b'])
attempt(p, ['add'])
attempt(p, ['log', '-n', '3', '--extend', 'a', 'b', '--extend', 'c', '--c', '--c'])
attempt(p, [])
attempt(p, ['push'])
attempt(p, ['commit'])
attempt(p, ['log', '-n', 'many'])
print(p.parse_known_args(['log', '--zzz']))

m = argparse.ArgumentParser(prog='m')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', type=int)
m.add_argument('rest', nargs=argparse.REMAINDER)
m.print_help()
attempt(m, [])
attempt(m, ['--b', '2', 'x', '--a'])

r = argparse.ArgumentParser(prog='r', add_help=False, allow_abbrev=False, exit_on_error=False)
r.add_argument('--long')
r.add_argument('n', type=int)
try:
    r.parse_args(['x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
attempt(r, ['--lo', '3'])
print(r.parse_intermixed_args(['--long', 'a', '4']))
try:
    p.add_argument('--debug')
except argparse.ArgumentError as e:
    print(e)

sys.stderr = real_stderr
p.parse_args(['commit', '--nope'])
