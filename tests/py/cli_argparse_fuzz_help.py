# argparse: seeded random parsers at several widths; help layout must match CPython's.
import argparse, random, sys
sys.stderr = sys.stdout
random.seed(11)
words = ['alpha', 'beta', 'gamma', 'delta', 'a-very-long-word-indeed', 'x', 'path/to/file', '%(default)s', '%(prog)s']
def try_add(target, *a, **k):
    try:
        target.add_argument(*a, **k)
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print('add error', type(e).__name__, e)


for case in range(120):
    width = random.choice([20, 30, 45, 60, 79, 100])
    p = argparse.ArgumentParser(prog=random.choice(['p', 'some-long-program-name', 'prog sub']),
                                description=' '.join(random.choice(words) for _ in range(random.randint(0, 30))) or None,
                                formatter_class=lambda prog, w=width: argparse.HelpFormatter(prog, width=w))
    g = p.add_mutually_exclusive_group(required=random.random() < 0.3) if random.random() < 0.5 else None
    for i in range(random.randint(0, 8)):
        kind = random.random()
        helptext = ' '.join(random.choice(words) for _ in range(random.randint(0, 12))) or None
        nargs = random.choice([None, None, '?', '*', '+', 2])
        if kind < 0.6:
            names = ['--opt%d-%s' % (i, random.choice(words[:5]))]
            if random.random() < 0.5:
                names.insert(0, '-%s' % chr(97 + i))
            target = g if g is not None and random.random() < 0.4 else p
            if random.random() < 0.3:
                try_add(target, *names, action='store_true', help=helptext)
            else:
                try_add(target, *names, nargs=nargs, default='d%d' % i, help=helptext,
                                    metavar=random.choice([None, 'M', 'LONGMETAVAR']),
                                    choices=random.choice([None, ['a', 'b']]))
        else:
            try_add(p, 'pos%d' % i, nargs=random.choice([None, '?', '*', '+', 1, 3]), help=helptext)
    try:
        print(p.format_help())
    except Exception as e:
        print('ERR', type(e).__name__)
