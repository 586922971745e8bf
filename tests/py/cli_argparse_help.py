# argparse: help and usage layout, errors caught as SystemExit with stderr shown.
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='tool', description='A tool that does several things with files and prints '
                            'a long description that must wrap across lines at the help width.',
                            epilog='See the manual for more.')
p.add_argument('files', nargs='+', metavar='FILE', help='input files')
p.add_argument('-o', '--output', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--level', type=int, choices=[1, 2, 3], help='a level among %(choices)s')
p.add_argument('--tag', action='append', dest='tags', help='add a tag; may be repeated many times to add a lot of tags to '
               'the output which makes this a long help line')
p.add_argument('--a-very-long-option-name-here', metavar='VALUE', help='long invocation goes on its own line')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour output')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
g = p.add_mutually_exclusive_group()
g.add_argument('--fast', action='store_true', help='go fast')
g.add_argument('--slow', action='store_true', help='go slow')
grp = p.add_argument_group('advanced', 'Options for experts.')
grp.add_argument('--jobs', '-j', type=int, default=1, metavar='N', help='parallel jobs')
grp.add_argument('--mode', nargs='?', const='auto', default='off')
grp.add_argument('--pair', nargs=2, metavar=('K', 'V'))
grp.add_argument('--many', nargs='*')

p.print_help()
print('---')
p.print_usage()
print(p.format_usage(), end='')
attempt(p, ['a', 'b', '-vvv', '--level', '2', '--tag', 'x', '--tag=y', '-j3', '--no-color'])
attempt(p, ['a', '--mode', '--pair', 'k', 'v', '--many', '1', '2', '--', '-z'])
attempt(p, ['a', '--fast', '--slow'])
attempt(p, [])
attempt(p, ['a', '--level', '9'])
attempt(p, ['a', '--level', 'x'])
attempt(p, ['a', '--bogus', 'b'])
attempt(p, ['a', '--pair', 'k'])
attempt(p, ['a', '--verb'])
attempt(p, ['a', '--ver'])
attempt(p, ['a', '-j'])
attempt(p, ['--version'])
print(p.parse_known_args(['a', '--zz', 'b', '-x']))
attempt(p, ['-h'])

n = argparse.Namespace(a=1, b='x')
print(n, n == argparse.Namespace(a=1, b='x'), n == argparse.Namespace(a=2), 'a' in n)
print(repr(argparse.Namespace(**{'odd key': 1, 'ok': 2})))
print(p._actions[2])

narrow = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
for i in range(6):
    narrow.add_argument('--option%d' % i, metavar='VALUE%d' % i, help='help text number %d that is long' % i)
narrow.add_argument('target')
narrow.add_argument('rest', nargs='*')
narrow.print_help()

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='line one\n  indented two\n\nafter blank')
raw.add_argument('x', help='an x')
raw.print_help()
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--n', type=int, default=5, help='a number')
d.add_argument('pos', nargs='?', default='p', help='optional positional')
d.print_help()
