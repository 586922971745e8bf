"""Generates vectors.txt with CPython's decimal module (run with python3;
the test only reads the output). One case a line:

    op|prec|rounding|Emin|Emax|clamp|a|b|c|result|flags

with flags the sorted names of the signals raised (traps all off)."""

import decimal
import itertools
import random
from decimal import Decimal, Context

SIGNALS = [decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.InvalidOperation,
           decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow]
ROUNDINGS = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_UP,
             decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]

OPERANDS = ['0', '-0', '1', '-1', '2', '3', '7', '10', '0.1', '0.5', '-0.5', '1.5', '2.5', '-2.5',
            '1.10', '2.205', '123.456', '-987.654321', '1E+2', '1E-7', '12345678901234567890',
            '0.000001', '9.99999', '1000', '0E+3', '-0E-2', '5E-1', '1.23E+50', '-4.5E-40',
            'Inf', '-Inf', 'NaN', 'sNaN', 'NaN123', '3.14159265358979323846', '0.3333', '25', '2E+1']
SMALL = ['0', '1', '-1', '2', '0.5', '1.5', '10', '123.456', '-987.654321', '1E-7', '1E+2',
         'Inf', '-Inf', 'NaN', '3.14159265358979323846', '25', '0.3333', '7']

CONTEXTS = [(28, r, -999999, 999999, 0) for r in ROUNDINGS]
CONTEXTS += [(p, r, -99, 99, c) for p in (1, 3, 9) for r in ROUNDINGS for c in (0, 1)]
CONTEXTS += [(5, decimal.ROUND_HALF_EVEN, -10, 10, 0), (5, decimal.ROUND_DOWN, -10, 10, 1),
             (5, decimal.ROUND_CEILING, -10, 10, 0), (5, decimal.ROUND_FLOOR, -10, 10, 0)]

random.seed(7)
out = []


def ctx_of(spec):
    p, r, emin, emax, clamp = spec
    c = Context(prec=p, rounding=r, Emin=emin, Emax=emax, clamp=clamp, traps=[])
    return c


def flags(c):
    return ','.join(sorted(s.__name__ for s in SIGNALS if c.flags[s]))


def case(op, spec, args, fn):
    c = ctx_of(spec)
    try:
        r = fn(c)
    except Exception as e:  # the table only holds computable cases
        return
    if isinstance(r, tuple):
        r = ' '.join(str(x) for x in r)
    parts = [op, str(spec[0]), spec[1], str(spec[2]), str(spec[3]), str(spec[4])]
    parts += list(args) + [''] * (3 - len(args))
    parts += [str(r), flags(c)]
    out.append('|'.join(parts))


BIN = {
    'add': lambda c, a, b: c.add(a, b),
    'subtract': lambda c, a, b: c.subtract(a, b),
    'multiply': lambda c, a, b: c.multiply(a, b),
    'divide': lambda c, a, b: c.divide(a, b),
    'divide_int': lambda c, a, b: c.divide_int(a, b),
    'remainder': lambda c, a, b: c.remainder(a, b),
    'remainder_near': lambda c, a, b: c.remainder_near(a, b),
    'compare': lambda c, a, b: c.compare(a, b),
    'max': lambda c, a, b: c.max(a, b),
    'min': lambda c, a, b: c.min(a, b),
    'quantize': lambda c, a, b: c.quantize(a, b),
    'divmod': lambda c, a, b: c.divmod(a, b),
}
UN = {
    'plus': lambda c, a: c.plus(a),
    'minus': lambda c, a: c.minus(a),
    'abs': lambda c, a: c.abs(a),
    'sqrt': lambda c, a: c.sqrt(a),
    'exp': lambda c, a: c.exp(a),
    'ln': lambda c, a: c.ln(a),
    'log10': lambda c, a: c.log10(a),
    'normalize': lambda c, a: c.normalize(a),
    'to_integral_exact': lambda c, a: c.to_integral_exact(a),
    'to_sci': lambda c, a: c.to_sci_string(a),
    'to_eng': lambda c, a: c.to_eng_string(a),
}

for spec in CONTEXTS:
    for name, fn in BIN.items():
        for a, b in itertools.product(OPERANDS, OPERANDS):
            if random.random() < 0.012:
                case(name, spec, (a, b), lambda c: fn(c, Decimal(a), Decimal(b)))
    for name, fn in UN.items():
        for a in random.sample(OPERANDS, 12):
            if name in ('exp', 'ln', 'log10') and spec[0] == 28 and random.random() < 0.5:
                continue
            case(name, spec, (a,), lambda c: fn(c, Decimal(a)))
    for a, b in itertools.product(SMALL, ['0', '1', '2', '3', '-1', '-2', '0.5', '1.5', '-0.5', '10', '2.5']):
        if random.random() < 0.25:
            case('power', spec, (a, b), lambda c: c.power(Decimal(a), Decimal(b)))
    for _ in range(10):
        a, b, d = random.choice(OPERANDS), random.choice(OPERANDS), random.choice(OPERANDS)
        case('fma', spec, (a, b, d), lambda c: c.fma(Decimal(a), Decimal(b), Decimal(d)))

# Random operands for the field arithmetic.
for _ in range(1500):
    spec = random.choice(CONTEXTS)
    def rnd():
        digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 40)))
        return ('-' if random.random() < 0.3 else '') + digits + 'E' + str(random.randint(-30, 30))
    a, b = rnd(), rnd()
    name = random.choice(['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'quantize'])
    case(name, spec, (a, b), lambda c: BIN[name](c, Decimal(a), Decimal(b)))
    u = random.choice(['sqrt', 'exp', 'ln', 'log10'])
    aa = a.lstrip('-')
    case(u, spec, (aa,), lambda c: UN[u](c, Decimal(aa)))

# Division, which has a one-division fast path, on random operands in
# every rounding mode and with small exponent ranges.
for _ in range(3000):
    spec = random.choice(CONTEXTS)
    def rnd():
        digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 35)))
        return ('-' if random.random() < 0.3 else '') + digits + 'E' + str(random.randint(-60, 60))
    a, b = rnd(), rnd()
    case('divide', spec, (a, b), lambda c: BIN['divide'](c, Decimal(a), Decimal(b)))

# The less common operations, on a few contexts.
LOGICAL = ['0', '1', '10', '101', '1101', '111111111', '1010101010101', '2', '-1', '1.0', '1E+1']
for spec in CONTEXTS[::12]:
    for a, b in itertools.product(LOGICAL, LOGICAL):
        for name in ('logical_and', 'logical_or', 'logical_xor'):
            case(name, spec, (a, b), lambda c: getattr(c, name)(Decimal(a), Decimal(b)))
    for a in LOGICAL:
        case('logical_invert', spec, (a,), lambda c: c.logical_invert(Decimal(a)))
    for a in OPERANDS:
        for n in ['0', '1', '-3', '9', '-28', '1.5']:
            case('shift', spec, (a, n), lambda c: c.shift(Decimal(a), Decimal(n)))
            case('rotate', spec, (a, n), lambda c: c.rotate(Decimal(a), Decimal(n)))
            case('scaleb', spec, (a, n), lambda c: c.scaleb(Decimal(a), Decimal(n)))
        case('next_plus', spec, (a,), lambda c: c.next_plus(Decimal(a)))
        case('next_minus', spec, (a,), lambda c: c.next_minus(Decimal(a)))
        case('logb', spec, (a,), lambda c: c.logb(Decimal(a)))
        for b in random.sample(OPERANDS, 6):
            case('next_toward', spec, (a, b), lambda c: c.next_toward(Decimal(a), Decimal(b)))
            case('compare_signal', spec, (a, b), lambda c: c.compare_signal(Decimal(a), Decimal(b)))

# Format specs under the default context.
SPECS = ['', 'f', '.2f', '.0f', ',.2f', '_', '.3e', 'E', '.4g', 'g', '%', '.1%', '>12.3f', '<10', '^11.2f',
         '+.2f', ' .2f', '012.2f', '012,.1f', '#.0f', 'n', '.10', 'z.1f', '*^15,.3f', '.0e', '020']
for a in ['0', '-0', '1234567.891', '-0.000123', '1E+5', '1.5E-10', '2.675', '-2.5', 'Inf', '-Inf',
          'NaN', '100', '0.05', '123456789012345678901234567890', '9.995', '-0.0001']:
    for s in SPECS:
        try:
            r = format(Decimal(a), s)
        except Exception:
            continue
        out.append('|'.join(['format', '28', decimal.ROUND_HALF_EVEN, '-999999', '999999', '0', a, s, '', r, '']))

with open('vectors.txt', 'w') as f:
    f.write('# Generated by gen_vectors.py with CPython ' + __import__('sys').version.split()[0] + '; do not edit.\n')
    f.write('\n'.join(out) + '\n')
print(len(out), 'cases')
