#!/usr/bin/env python3
"""Write CPython's answers for pyfmt's test vectors into testdata/*.jsonl.

Run `go generate ./interp/pyfmt/` (or `python3 testdata/genvectors.py testdata`)
with CPython 3.11.  Each line is one JSON object: "op" names the operation,
"in" its inputs and either "out" the result or "err" [exception class, message].
Floats travel as 16-hex-digit IEEE-754 bit patterns so no value is rounded on
the way.  Generation is deterministic (fixed seeds), so TestVectorsCurrent can
regenerate into a temporary directory and compare with the committed files.
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"


def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", h))[0]


def run(fn, *a):
    try:
        return {"out": fn(*a)}
    except Exception as e:  # the class and message are the vector
        return {"err": [type(e).__name__, str(e)]}


def interesting_floats(n_random):
    rng = random.Random(1234)
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5,
            0.125, 0.375, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 123456789012345.0,
            1234567890123456.0, 12345678901234567.0, 2e16 + 8, 1e22, 1e23, 9007199254740993.0,
            1.5e300, 0.05, 0.15, 0.25, 0.35, 2.675, 1.005, 1e100, 1.1, 100.0, 1e-7, 123.456]
    for e in range(-330, 310):
        for m in (1.0, 9.999999999999999, 5.0, 1.2345678901234567):
            try:
                vals.append(float("%re%d" % (m, e)))
            except OverflowError:
                pass
    for e in range(-1075, 1024, 7):
        vals.append(math.ldexp(1.0, e))
        vals.append(math.nextafter(math.ldexp(1.0, e), math.inf))
        vals.append(math.nextafter(math.ldexp(1.0, e), 0.0))
    for _ in range(n_random):
        vals.append(from_bits(rng.getrandbits(64)))
    for _ in range(n_random // 4):
        vals.append(rng.uniform(-1e6, 1e6))
        vals.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
        vals.append(from_bits(rng.getrandbits(52)))  # subnormals
    out = []
    seen = set()
    for v in vals:
        k = bits(v)
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


FLOAT_SPECS = ["", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", "e", ".0e", ".3e", ".16e", "E", "g", ".0g",
               ".1g", ".3g", ".10g", ".17g", "G", "%", ".1%", ".0%", "n", ".3", ".0", ".1", ".12", "#g", "#.0f",
               "#.0e", "#.3g", "#", "+", " ", "-", "+.2f", " .2f", "z.1f", "z", "zg", "+z.0f", "10", "<10", ">10",
               "^10", "=10", "010", "010.2f", "x<12.3f", "*^15e", ",", ",.2f", "_", "_.3f", "015,.2f", "020_f",
               "0=12,", "+012,.1f", "#,", ",g", "_e", ",%", "12,n", ",d", "x", "d", "s", "c", "b", ",,", ",_",
               "_,", ".", "10.", ".f", "=^10", "abc", "1.2.3", "\u00e9<10", "0<8", "05", "-010.3e", "z%", "z#.0f",
               ".3n", "+n", "#.3%", ".200f", ".40e", "99999999999999999999", ".99999999999999999999f",
               "\u0663", ".\u0662f"]
INT_SPECS = ["", "d", "5", "05", "+", " ", "-", "+5", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "c", "n", ",",
             "_", "_x", "_b", "#_x", "_o", ",x", ",b", ",o", "010,", "08,", "09_", "012_x", "#012_x", "=10",
             "*=10", "<8", ">8", "^8", "x^9", "+#x", "-#o", "e", "f", ".2f", "g", "%", ".1%", ",.2f", "E", ".3",
             ".2d", "z", "zd", "+c", "#c", "5c", "<5c", "s", "r", "\u00e9>6", "0>6", "010x", "#010b", "010n",
             ",n", ",c", "_c", "08.3e", "X<10", "0=+8", " 08", "=#12,"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "x^7", ".2", ".0", "10.3", "05", "+", " ", "-", "#", "=5",
             "z", ",", "_s", ",s", "d", "x", "\u00e9<6", "\u4e00>4s", ".10", ">3.1", "0=5", "0<5", ">0"]
INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 65, 0x10ffff, 0x110000, 1234567, -98765432,
        2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 20, -10 ** 25 - 12345, 2 ** 100, 2 ** 1024, -2 ** 1100, 9]


def gen_float(d, w):
    fl = interesting_floats(3000)
    for v in fl:
        w("repr", [bits(v)], run(repr, v))
    rng = random.Random(99)
    sample = fl[:60] + rng.sample(fl, 150)
    for v in sample:
        for spec in FLOAT_SPECS:
            w("format_float", [bits(v), spec], run(format, v, spec))
    rng = random.Random(7)
    for _ in range(400):
        v = rng.choice(sample)
        spec = "%s%s%s.%d%s" % (rng.choice(["", "+", " "]), rng.choice(["", "0", "#"]),
                                rng.choice(["", "8", "15", "30"]), rng.randint(0, 25),
                                rng.choice("eEfFgG%"))
        w("format_float", [bits(v), spec], run(format, v, spec))
    # Exact decimal ties: m / 2**j has exactly j decimals, so rounding it to
    # j-1 decimals (or to its significant digits minus one) is a tie that
    # must go to even.
    tie_rng = random.Random(8)
    for j in range(1, 16):
        for _ in range(12):
            m = tie_rng.randrange(1, 2 ** 20) * 2 + 1
            v = m / 2 ** j
            nd = len(("%.*f" % (j, v)).replace(".", "").lstrip("0"))
            for spec in (".%df" % (j - 1), ".%de" % max(nd - 2, 0), ".%dg" % max(nd - 1, 1), ".%d%%" % max(j - 3, 0)):
                w("format_float", [bits(v), spec], run(format, v, spec))
                w("format_float", [bits(-v), spec], run(format, -v, spec))
    for _ in range(1500):
        v = rng.choice(sample)
        spec = random_spec(rng, "eEfFgGn%")
        w("format_float", [bits(v), spec], run(format, v, spec))


def random_spec(rng, types):
    """A random, mostly valid format spec exercising every field."""
    fill_align = rng.choice(["", "<", ">", "^", "=", "*<", "0>", "x^", "\u00e9=", "0="])
    sign = rng.choice(["", "", "+", "-", " "])
    z = rng.choice(["", "", "z"])
    alt = rng.choice(["", "", "#"])
    zero = rng.choice(["", "", "0"])
    width = rng.choice(["", "", "1", "7", "12", "25"])
    group = rng.choice(["", "", ",", "_"])
    prec = rng.choice(["", "", ".0", ".1", ".3", ".8", ".17"])
    typ = rng.choice(types + "\0\0")
    return fill_align + sign + z + alt + zero + width + group + prec + (typ if typ != "\0" else "")


def gen_complex(d, w):
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, 3.14159, math.inf, -math.inf, math.nan, 1e300, -123.456]
    for re in parts:
        for im in parts:
            w("complex_repr", [bits(re), bits(im)], run(repr, complex(re, im)))
            for spec in ["", "g", ".2f", "+", "10", "<20", "^20.3e", "0", "010", "=10", "x=10", "#", ".3",
                         "e", "n", ",", "_.1f", "d", "%", "z.1f", "*>30", " "]:
                w("format_complex", [bits(re), bits(im), spec], run(format, complex(re, im), spec))
    rng = random.Random(17)
    for _ in range(800):
        re, im = rng.choice(parts), rng.choice(parts)
        spec = random_spec(rng, "eEfFgGn")
        w("format_complex", [bits(re), bits(im), spec], run(format, complex(re, im), spec))


def gen_int(d, w):
    for v in INTS:
        for spec in INT_SPECS:
            w("format_int", [hex(v), spec], run(format, v, spec))
    rng = random.Random(5)
    for _ in range(200):
        v = rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40))
        spec = "%s%s%s%s%s" % (rng.choice(["", "+", " ", "-"]), rng.choice(["", "#", "0", "#0"]),
                               rng.choice(["", "1", "12", "30"]), rng.choice(["", ",", "_"]),
                               rng.choice(["", "d", "x", "X", "o", "b", "n"]))
        w("format_int", [hex(v), spec], run(format, v, spec))
    for _ in range(1500):
        v = rng.choice(INTS + [rng.randint(-10 ** 12, 10 ** 12)])
        spec = random_spec(rng, "bcdoxXn")
        w("format_int", [hex(v), spec], run(format, v, spec))
    for v in ["", "a", "abc", "h\u00e9llo w\u00f6rld", "\u4e00\u4e8c", "\U0001f600x", "  sp  "]:
        for spec in STR_SPECS:
            w("format_str", [v, spec], run(format, v, spec))
        for _ in range(60):
            spec = random_spec(rng, "s")
            w("format_str", [v, spec], run(format, v, spec))
    w("format_int", [hex(10 ** 5000), ""], run(format, 10 ** 5000, ""))
    w("format_int", [hex(-10 ** 4299), "d"], run(format, -10 ** 4299, "d"))
    w("format_int", [hex(2 ** 20000), "x"], run(format, 2 ** 20000, "x"))


INT_TEXTS = ["0", "1", "-1", "+1", " 42 ", "\t\n42\r\x0b\x0c", "1_000", "1__000", "_1", "1_", "0x1f", "0X1F", "0o17",
             "0b101", "0b", "0x", "0x_1f", "0x__1f", "0_0", "00", "007", "0_7", "-0", "+-1", "", " ", "abc", "z",
             "Z", "1e5", "1.0", "\u0661\u0662\u0663", "\u00a012\u2003", "\u0661_\u0662", "12\u00e9", "\x1c12",
             "12\x85", "9" * 30, "-" + "9" * 30, "0x" + "f" * 40, "1" * 4301, "1" * 4300, "1_" * 700 + "1",
             "x" * 250, "'quoted'", "\"dq\"", "tab\there", "\x00", "\u2028", "\ud7ff1", "\U0001d7ce\U0001d7cf",
             "10", "777", "zz", "ZZ", "0b1", "0o8", "0B11", "0O7", "1 2", "--1", "٣"]
FLOAT_TEXTS = ["0", "1", "-1", "+1.5", " 2.5 ", "1e5", "1E-5", "1e", "e5", ".5", "5.", ".", "-.5e-3", "1_0.5",
               "1__0", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "_1", "inf", "-inf", "+Infinity", "INFINITY",
               "infinit", "nan", "-NaN", "+nan", "nan(123)", "0x1p3", "1e500", "-1e500", "1e-400", "", " ",
               "abc", "1,5", "\u0661.\u0662", "\u00a01.5\u3000", "1.5\x00", "0.1", "2.675",
               "9007199254740993", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2e-324",
               "1" * 400, "0." + "0" * 400 + "1", "1e-07", "12345678901234567890e-10", "infx", "in f",
               "'q'", "tab\t1", "\U0001d7ce.5", "١٢", "1.5e+03", "1.5e+", "+", "-"]


COMPLEX_TEXTS = ["1", "1j", "1+2j", "1-2J", "(1+2j)", " ( 1+2j ) ", "( 1+2j", "1+2j)", "j", "-j", "+j", "1+j", "1-j",
                 "1e5j", "1e+5j", "1e", "1e+j", "inf", "-infj", "nan+nanj", "infinity-infinityj", "1 + 2j", "",
                 " ", "()", "(j)", "1_0+2_0j", "1__0j", "_1j", "1_j", "1.5e-3-2.5e+3j", ".5j", "5.j", "jj", "1jj",
                 "\u0661+\u0662j", "\u00a01j\u3000", "1+2j\x00", "0x1j", "+1-1j", "--1j", "1+-2j", "(1)", "((1))",
                 "1e500+1e500j", "-0-0j", "0j", "(-0j)", "nanj", "-nanj", "2+infj", "1+2", "i", "1+2i"]


def gen_parse(d, w):
    for t in INT_TEXTS:
        for base in (10, 0, 16, 2, 8, 36, 7):
            w("int", [t, base], run(lambda s, b: hex(int(s, b)), t, base))
    for base in (1, 37, -1):
        w("int", ["5", base], run(lambda s, b: hex(int(s, b)), "5", base))
    for t in FLOAT_TEXTS:
        w("float", [t], run(lambda s: bits(float(s)), t))
    for t in COMPLEX_TEXTS:
        w("complex", [t], run(lambda s: [bits(complex(s).real), bits(complex(s).imag)], t))


def gen_round(d, w):
    rng = random.Random(11)
    vals = [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 0.125, 0.375, 1e16, 1e300, 5e-324, 0.1, 123.456, -0.0,
            math.inf, -math.inf, math.nan, 1234.5678, 1e22, 9.995, 0.285, 1.0000000000000002]
    vals += [rng.uniform(-1e4, 1e4) for _ in range(300)]
    vals += [from_bits(rng.getrandbits(64)) for _ in range(100)]
    for v in vals:
        for n in (None, 0, 1, 2, 3, 5, 10, 16, 20, 300, 400, -1, -2, -5, -300, -400):
            if n is None:
                w("round", [bits(v), None], run(lambda x: str(round(x)), v))
            else:
                w("round", [bits(v), n], run(lambda x, k: bits(round(x, k)), v, n))
    for v in [0, 5, 15, 25, 150, 250, -250, 12345, 10 ** 30 + 5 * 10 ** 9, -(2 ** 100)]:
        for n in (-1, -2, -3, -10, 0, 2):
            w("round_int", [hex(v), n], run(lambda x, k: str(round(x, k)), v, n))


def gen_hex(d, w):
    for v in interesting_floats(300):
        w("float_hex", [bits(v)], run(float.hex, v))
    texts = ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
             "0x3p-1076", "0x1p1024", "0X1P0", "1", "0x.8", "0x1.", "inf", "-nan", " 0x1p0 ", "0x1p", "0xg",
             "0x1.8", "1.8p1", "0x1_0p0", "0x" + "f" * 30 + "p0", "0x0p0", "-0x0p0", "0x1.ffffffffffffffp1023",
             "0x1.fffffffffffff8p1023", "0x0.0000000000001p-1022", "0x1p-1022", "Infinity", "", "0x", "0xp1"]
    for t in texts:
        w("float_fromhex", [t], run(lambda s: bits(float.fromhex(s)), t))


PERCENT = [
    ("%d", [5]), ("%5d", [42]), ("%-5d|", [42]), ("%05d", [-42]), ("%+d", [5]), ("% d", [5]), ("%x", [255]),
    ("%#x", [255]), ("%#X", [255]), ("%#o", [8]), ("%o", [-8]), ("%#08x", [-255]), ("%#8x", [255]),
    ("%-#8x|", [255]), ("%.3d", [7]), ("%8.3d", [-7]), ("%08.3d", [7]), ("%+.3x", [10]), ("%#.5o", [8]),
    ("%i %u", [1, 2]), ("%d", [3.99]), ("%d", [-3.99]), ("%x", [3.5]), ("%d", ["s"]), ("%x", ["s"]),
    ("%f", [1.5]), ("%.2f", [2.675]), ("%10.3f", [3.14159]), ("%-10.3f|", [3.14159]), ("%010.3f", [-3.14159]),
    ("%+.1e", [12345.678]), ("%E", [1e-10]), ("%g", [1e-5]), ("%G", [1e20]), ("%#g", [1.0]), ("%#.0f", [2.0]),
    ("%.0e", [15.0]), ("%f", [float("inf")]), ("%010f", [float("-inf")]), ("%f", [float("nan")]),
    ("%f", [3]), ("%f", ["x"]), ("%.3g", [2 ** 70]), ("%c", [65]), ("%c", ["z"]), ("%5c|", ["z"]),
    ("%-5c|", [0x263a]), ("%c", [0x110000]), ("%c", [-1]), ("%c", ["ab"]), ("%c", [1.5]), ("%s", ["hi"]),
    ("%5s|", ["hi"]), ("%-5s|", ["hi"]), ("%.1s", ["hi"]), ("%r", ["hi"]), ("%a", ["h\u00e9"]), ("%5.1r", ["x"]),
    ("%%", []), ("100%%", []), ("%s %s", [1]), ("%s", [1, 2]), ("%y", [1]), ("%", []), ("abc%", []),
    ("%5", [1]), ("%.", [1]), ("%(a)s", None), ("%(a)s %(b)d", None), ("%(a", None), ("%(a)", None),
    ("%*d", [5, 42]), ("%-*d|", [5, 42]), ("%*d|", [-5, 42]), ("%.*f", [2, 3.14159]), ("%*.*f", [8, 2, 3.14159]),
    ("%*d", ["x", 1]), ("%.*f", [-3, 1.5]), ("%ld %hd %Ld", [1, 2, 3]), ("%5%", [1]), ("%5%", []),
    ("%s", [(1, 2)]), ("%d%%", [50]), ("%-05d|", [3]), ("% 05d", [3]), ("%+05d", [3]), ("%+ d", [3]),
    ("%#5x", [0]), ("%#.3x", [255]), ("%#-8.3x|", [255]), ("%08s", ["ab"]), ("%0-8s|", ["ab"]),
    ("%d", [2 ** 100]), ("%x", [-2 ** 70]), ("%\u00e9", [1]), ("%(x)s %s", None), ("%s\u00e9%d", ["\u00e9", 3]),
    ("%d", [True]), ("%s", [None]), ("%r", [None]), ("%z", []), ("%10.4s|", ["abcdefgh"]), ("%.2s", ["\u00e9\u00e8\u00ea"]),
]


def gen_percent(d, w):
    for fmt, args in PERCENT:
        if args is None:
            operand = {"a": "A", "b": 2, "x": 1}
            shown = {"map": operand}
        else:
            operand = tuple(args)
            shown = {"tuple": [encode_arg(a) for a in args]}
        w("percent", [fmt, shown], run(lambda f, o: f % o, fmt, operand))
    # single non-tuple operands
    for fmt, arg in [("%s", 5), ("%d", 5), ("abc", 5), ("%s %s", 5), ("%s", "x"), ("abc", "x")]:
        w("percent", [fmt, {"single": encode_arg(arg)}], run(lambda f, o: f % o, fmt, arg))


def encode_arg(a):
    # Arguments are typed so the Go test can build them: int, float, str, bool, None, tuple.
    if isinstance(a, bool):
        return {"bool": a}
    if isinstance(a, int):
        return {"int": hex(a)}
    if isinstance(a, float):
        return {"float": bits(a)}
    if isinstance(a, str):
        return {"str": a}
    if a is None:
        return {"none": True}
    if isinstance(a, tuple):
        return {"tuple": [encode_arg(x) for x in a]}
    raise TypeError(a)


GENERATORS = {"float": gen_float, "complex": gen_complex, "int": gen_int, "parse": gen_parse,
              "round": gen_round, "hex": gen_hex, "percent": gen_percent}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name, gen in GENERATORS.items():
        lines = []

        def w(op, inputs, result):
            rec = {"op": op, "in": inputs}
            rec.update(result)
            lines.append(json.dumps(rec, ensure_ascii=True, sort_keys=True))

        gen(outdir, w)
        with open(os.path.join(outdir, name + ".jsonl"), "w") as f:
            f.write("\n".join(lines) + "\n")


main()
