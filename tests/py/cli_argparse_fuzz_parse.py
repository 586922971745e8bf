# argparse: seeded random command lines through one parser (parse_known_args); results and errors must match CPython's.
import argparse, random, sys
sys.stderr = sys.stdout
random.seed(3)
p = argparse.ArgumentParser(prog='fz')
p.add_argument('-a', action='store_true')
p.add_argument('-b', type=int)
p.add_argument('-c', nargs='?', const='C')
p.add_argument('--long', nargs='*')
p.add_argument('--lo2', action='append')
p.add_argument('--count', '-n', action='count')
p.add_argument('first')
p.add_argument('second', nargs='?', default='S')
p.add_argument('rest', nargs='*')
g = p.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_const', const=1)
tokens = ['-a', '-b', '3', '-7', '-c', '--long', '--lo', '--lo2', '--lo2=v', '-n', '-nn', '--count', 'w1', 'w2', 'w3', '--',
          '--x', '--y', '-ab4', '-b=5', '--long=z', '-', '--unknown', '-ac']
for i in range(200):
    argv = [random.choice(tokens) for _ in range(random.randint(0, 7))]
    try:
        ns, extra = p.parse_known_args(argv)
        print(argv, ns, extra)
    except SystemExit as e:
        print(argv, 'exit', e.code)
