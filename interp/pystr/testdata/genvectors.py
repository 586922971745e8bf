#!/usr/bin/env python3
"""Write CPython 3.11's answers for pystr's test vectors into testdata/.

Run `go generate ./interp/pystr/` or `python3 testdata/genvectors.py testdata`.
ops.jsonl: one JSON object per line, {"op", "in", "out"|"err": [class, msg]}.
bmp.tsv.gz: for every BMP code point except surrogates, the predicate bits
and the four case mappings of the one-character string (TestBMP compares all).
Generation is deterministic; TestVectorsCurrent regenerates into a temporary
directory and compares (bmp.tsv.gz by its decompressed content).
"""
import gzip
import json
import os
import random
import sys
import _string

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"

PALETTE = ("aAbBzZ09 _-.,'\"\\\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\x00\x7f\x80\xad\u00df\u00e9\u00c9"
           "\u0130\u0131\u03a3\u03c3\u03c2\u0345\u1e9e\ufb01\ufb03\u01c4\u01c5\u01c6\u1f80\u1f88\u0587\u2126"
           "\u00b2\u0663\u2155\u4e00\u3000\u200b\u0300\u00b7\u02b0\U0001d7ce\U00010400\U00010428\ud7ff\ue000"
           "\U0001f600\U000e0001\uffff\u0378")


def run(fn, *a):
    try:
        return {"out": fn(*a)}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}


def strings(rng, n):
    out = ["", "a", "A", "hello world", "Hello World", "  padded\t\n", "\u03a3", "A\u03a3", "A\u03a3B", "A\u03a3 b",
           "\u1f88\u03a3\u0345", "\u00df", "stra\u00dfe", "\ufb01x", "\u0130stanbul", "it's", "\"q\"", "'\"", "a\tb\tc",
           "x\ny\r\nz\rw\x0bv\x0cu\x1ct\x85s\u2028r\u2029", "1,2,,3", "\u01c4\u01c5\u01c6", "\U00010400\U00010428"]
    for _ in range(n):
        out.append("".join(rng.choice(PALETTE) for _ in range(rng.randint(0, 12))))
    return out


def gen_ops(w):
    rng = random.Random(42)
    ss = strings(rng, 250)
    for s in ss:
        w("repr", [s], run(repr, s))
        w("ascii", [s], run(ascii, s))
        for m in ("upper", "lower", "casefold", "title", "capitalize", "swapcase", "isspace", "isalpha", "isalnum",
                  "isdecimal", "isdigit", "isnumeric", "isprintable", "isidentifier", "isupper", "islower",
                  "istitle", "isascii"):
            w(m, [s], run(lambda x, m=m: getattr(x, m)(), s))
        w("split", [s, None, -1], run(lambda x: x.split(), s))
        w("split", [s, None, 1], run(lambda x: x.split(None, 1), s))
        w("rsplit", [s, None, 1], run(lambda x: x.rsplit(None, 1), s))
        w("rsplit", [s, None, 0], run(lambda x: x.rsplit(None, 0), s))
        for sep in ("a", ",", "\u03a3", "ab"):
            w("split", [s, sep, -1], run(lambda x: x.split(sep), s))
            w("rsplit", [s, sep, 1], run(lambda x: x.rsplit(sep, 1), s))
            w("partition", [s, sep], run(lambda x: list(x.partition(sep)), s))
            w("rpartition", [s, sep], run(lambda x: list(x.rpartition(sep)), s))
        w("splitlines", [s, False], run(lambda x: x.splitlines(), s))
        w("splitlines", [s, True], run(lambda x: x.splitlines(True), s))
        w("strip", [s, None], run(lambda x: x.strip(), s))
        w("lstrip", [s, "aA \u03a3"], run(lambda x: x.lstrip("aA \u03a3"), s))
        w("rstrip", [s, "aA \u03a3"], run(lambda x: x.rstrip("aA \u03a3"), s))
        w("expandtabs", [s, 4], run(lambda x: x.expandtabs(4), s))
        w("expandtabs", [s, 0], run(lambda x: x.expandtabs(0), s))
        w("center", [s, 15, "*"], run(lambda x: x.center(15, "*"), s))
        w("center", [s, 8, "\u00e9"], run(lambda x: x.center(8, "\u00e9"), s))
        w("ljust", [s, 10, "-"], run(lambda x: x.ljust(10, "-"), s))
        w("rjust", [s, 10, " "], run(lambda x: x.rjust(10), s))
        w("zfill", [s, 9], run(lambda x: x.zfill(9), s))
        for sub, a, b in (("a", 0, None), ("a", 2, None), ("", 0, None), ("\u03a3", -5, -1), ("", 20, None),
                          ("b", 1, 4), ("aA", 0, 100), ("\u00e9", -100, 3)):
            bb = sys.maxsize if b is None else b
            w("find", [s, sub, a, bb], run(lambda x: x.find(sub, a, b), s))
            w("rfind", [s, sub, a, bb], run(lambda x: x.rfind(sub, a, b), s))
            w("count", [s, sub, a, bb], run(lambda x: x.count(sub, a, b), s))
            w("startswith", [s, sub, a, bb], run(lambda x: x.startswith(sub, a, b), s))
            w("endswith", [s, sub, a, bb], run(lambda x: x.endswith(sub, a, b), s))
        for old, new, n in (("a", "XY", -1), ("", "-", -1), ("", "-", 2), ("\u03a3", "", 1)):
            w("replace", [s, old, new, n], run(lambda x: x.replace(old, new, n), s))
    for s in ["a", ""]:
        w("split", [s, "", -1], run(lambda x: x.split(""), s))
        w("rsplit", [s, "", -1], run(lambda x: x.rsplit(""), s))
        w("partition", [s, ""], run(lambda x: list(x.partition("")), s))
    for p in [b"", b"abc", b"'", b"\"", b"'\"", b"\x00\x7f\x80\xff\t\n\r\\", bytes(range(256))]:
        w("bytes_repr", [p.decode("latin-1")], run(repr, p))
    fmts = ["", "abc", "{}", "{0}", "{x}", "a{0}b{1}c", "{{}}", "{{x}}", "}", "{", "a}b", "a{", "{0}}", "{0!r}",
            "{0!r:>5}", "{0!}", "{0!", "{0!rx}", "{0:{1}}", "{0:{1}{2}}", "{0:x{{}}", "{0[", "{0[}", "{0[]}]}",
            "{a.b[c].d}", "{:", "{0:", "{!r}", "{0{}", "x}}y{{z", "{\u00e9}", "{0!\u00e9}", "{0:%}"]
    for f in fmts:
        w("formatter_parser", [f], run(lambda x: [list(t) for t in _string.formatter_parser(x)], f))
    names = ["0", "x", "", "0.a", "x[1]", "x[a]", "x[1].b[c]", "x.", "x[", "x[]", "x.[a]", "x[1]b", "12345678901234567890123",
             "\u0661", "x..y", "0[0][1]"]
    for n in names:
        def split(x):
            first, rest = _string.formatter_field_name_split(x)
            return [first, [[a, b] for a, b in rest]]
        w("field_name_split", [n], run(split, n))
    gen_format_calls(w)
    gen_surrogates(w)


FORMAT_CALLS = ["{}{}", "{0}{}", "{}{0}", "{0}{1}", "{:{}}", "{0:{}}", "{a}{}", "{}", "{5}", "{name}", "{missing}",
                "{0!r}", "{1!r:>8}", "{1!s:^9}", "{1!a}", "{name!a}", "{0!x}", "{0!}", "{n:+08,d}", "{f:.3f}",
                "{f:{w}.{p}f}", "{f:{w}.{p}{t}}", "{n:{w}{{}}}", "{0:{1:{2}}}", "{ns.a}", "{ns.b[1]}", "{ns.c}",
                "{2[1]}", "{2[5]}", "{3[k]}", "{3[z]}", "{3[k]:>5}", "{2[0]:x}", "{2[-1]}", "{ns.}", "{ns[}",
                "{ns.b[1]x}", "{2[1]}}", "}{0}", "{0}}", "{0}{", "{:d}{:s}", "{1:d}", "{0:s}", "{n:_x}", "{f:%}",
                "{f!r:>12}", "{name:\u00e9^11}", "{w}{{literal}}{p}", "{0[0]}"]


def cps(s):
    return [ord(c) for c in s]


def gen_surrogates(w):
    # Lone surrogates cannot travel as JSON strings (decoders replace them),
    # so these vectors carry strings as lists of code points.
    rng = random.Random(3)
    pal = "aA \t\u03a3\u00e9\ud800\udfff\udc80\udbff\U0001f600'"
    for _ in range(120):
        s = "".join(rng.choice(pal) for _ in range(rng.randint(0, 8)))
        for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
            w(m + "_cp", [cps(s)], run(lambda x, m=m: cps(getattr(x, m)()), s))
        for m in ("isprintable", "isalpha", "isspace", "isidentifier", "isupper", "istitle"):
            w(m + "_cp", [cps(s)], run(lambda x, m=m: getattr(x, m)(), s))
        w("repr_cp", [cps(s)], run(lambda x: cps(repr(x)), s))
        w("ascii_cp", [cps(s)], run(lambda x: cps(ascii(x)), s))
        w("len_cp", [cps(s)], run(len, s))
        w("find_cp", [cps(s), cps("\udfff")], run(lambda x: x.find("\udfff"), s))
        w("strip_cp", [cps(s), cps("\ud800a")], run(lambda x: cps(x.strip("\ud800a")), s))
        w("expandtabs_cp", [cps(s)], run(lambda x: cps(x.expandtabs(3)), s))
        w("center_cp", [cps(s), 0xdc00], run(lambda x: cps(x.center(12, "\udc00")), s))
        w("split_cp", [cps(s)], run(lambda x: [cps(p) for p in x.split()], s))


def gen_format_calls(w):
    import types
    args = (7, "x\u00e9", [10, 20, 30], {"k": "v"})
    kwargs = dict(name="Bob", n=1234567, f=3.14159, w=10, p=2, t="e", ns=types.SimpleNamespace(a=1.5, b=[1, 2]))
    for f in FORMAT_CALLS:
        w("format_call", [f], run(lambda x: x.format(*args, **kwargs), f))
    for f in ["{name}", "{0}", "{}", "{n:>{w}}"]:
        w("format_map", [f], run(lambda x: x.format_map(kwargs), f))


def gen_bmp(path):
    rows = []
    for c in range(0x10000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        x = chr(c)
        bits = 0
        for i, m in enumerate(("isspace", "isprintable", "isalpha", "isdecimal", "isdigit", "isnumeric", "isupper",
                               "islower", "istitle", "isidentifier", "isalnum")):
            if getattr(x, m)():
                bits |= 1 << i
        maps = [x.upper(), x.lower(), x.title(), x.casefold()]
        rows.append("%04x\t%x\t%s" % (c, bits, "\t".join(
            "" if m == x else " ".join("%04x" % ord(ch) for ch in m) for m in maps)))
    data = ("\n".join(rows) + "\n").encode()
    with open(path, "wb") as f:
        f.write(gzip.compress(data, mtime=0))


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    lines = []

    def w(op, inputs, result):
        rec = {"op": op, "in": inputs}
        rec.update(result)
        lines.append(json.dumps(rec, ensure_ascii=True, sort_keys=True))

    gen_ops(w)
    with open(os.path.join(outdir, "ops.jsonl"), "w") as f:
        f.write("\n".join(lines) + "\n")
    gen_bmp(os.path.join(outdir, "bmp.tsv.gz"))


main()
