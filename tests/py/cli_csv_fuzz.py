# csv: seeded random lines through the reader state machine (and random rows through the
# writer) with several dialects, continuing after errors; output must match CPython's _csv.
import csv
import io
import random

random.seed(5)
chars = ['a', 'b', ',', '"', '\r', '\n', ' ', '\\']
lines = [''.join(random.choice(chars) for _ in range(random.randint(0, 7))) for _ in range(150)]
variants = ({}, {'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE}, {'strict': True},
            {'doublequote': False, 'escapechar': '\\'}, {'skipinitialspace': True},
            {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'})
for kw in variants:
    r = csv.reader(lines, **kw)
    out = []
    while True:
        try:
            out.append((next(r), r.line_num))
        except StopIteration:
            break
        except csv.Error as e:
            out.append(('E', str(e)[:20], r.line_num))
    print(kw, len(out))
    print(out)

fields = ['', 'a', 'a,b', 'q"q', ' lead', 'x\ny', 'e\\f', 'r\rs', None, 3, 2.5]
rows = [[random.choice(fields) for _ in range(random.randint(1, 4))] for _ in range(60)]
for kw in variants + ({'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'lineterminator': '\n'}):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    results = []
    for row in rows:
        try:
            results.append(w.writerow(row))
        except csv.Error as e:
            results.append(str(e))
    print(kw, results)
    print(repr(buf.getvalue()))
