# Check script for csv: the golden program tests/py/cli_csv_roundtrip.py, run here as well so that
# TestModulesUnderCPython runs weft's csv on CPython's runtime against CPython's own.
import csv
import io

rows = [['name', 'value', 'note'], ['a', '1', 'plain'], ['b,c', '2', 'has "quotes"'],
        ['multi\nline', '', ' lead space'], ['', None, 3.5], [True, 10, -1]]
for dialect in ('excel', 'excel-tab', 'unix'):
    buf = io.StringIO()
    w = csv.writer(buf, dialect=dialect)
    for r in rows:
        print(w.writerow(r), end=' ')
    print()
    text = buf.getvalue()
    print(repr(text))
    print(list(csv.reader(io.StringIO(text, newline=''), dialect=dialect)))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerows([['x', 1, 2.5], ['y', 0, -3]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar='\\', delimiter=';', lineterminator='\n')
w.writerow(['a;b', 'c"d', 'e\\f', 'g\nh'])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONE, escapechar='\\', delimiter=';')))

buf = io.StringIO()
csv.writer(buf, doublequote=False, escapechar='!').writerow(['say "hi"', 'x!y'])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), doublequote=False, escapechar='!')))
buf = io.StringIO()
csv.writer(buf).writerow([''])
csv.writer(buf).writerow([])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()))))

print(list(csv.reader(['a, b,  "c"', ' x ,"y" , z'], skipinitialspace=True)))
print(list(csv.reader(['a,"b"c,d', '"unterminated'])))
print(list(csv.reader(['1,2\n', '\n', '"x\n', 'y",z\n', '3,4\r\n'])))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar, d.skipinitialspace, d.strict)
buf = io.StringIO()
csv.writer(buf, 'pipes').writerow(['a', 'b|c'])
print(repr(buf.getvalue()))
csv.unregister_dialect('pipes')


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


buf = io.StringIO()
csv.writer(buf, Semi).writerow(["it's", 'a;b'])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), Semi())))

src = io.StringIO('id,name,score\r\n1,ann,9.5\r\n\r\n2,bob\r\n3,cy,7,extra,more\r\n')
r = csv.DictReader(src, restval='?')
print(r.fieldnames)
for rec in r:
    print(rec, r.line_num)
print(list(csv.DictReader(io.StringIO('a,b\n1,2\n'), fieldnames=['x', 'y'], restkey='rest')))
print(csv.DictReader(io.StringIO('')).fieldnames)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='NA')
print(dw.writeheader())
dw.writerow({'id': 1, 'name': 'ann'})
dw.writerows([{'id': 2, 'name': 'b,b', 'score': 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({'id': 1, 'bad': 2})
except ValueError as e:
    print('ValueError:', e)
csv.DictWriter(out, ['id'], extrasaction='ignore').writerow({'id': 5, 'zz': 1})
try:
    csv.DictWriter(out, ['id'], extrasaction='nope')
except ValueError as e:
    print('ValueError:', e)

errors = [
    lambda: list(csv.reader(['a,"b"c'], strict=True)),
    lambda: list(csv.reader(['"abc'], strict=True)),
    lambda: list(csv.reader(['a\rb'])),
    lambda: list(csv.reader(['a\0b'])),
    lambda: list(csv.reader([b'abc'])),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.writer(io.StringIO(), delimiter='ab'),
    lambda: csv.writer(io.StringIO(), delimiter=None),
    lambda: csv.writer(io.StringIO(), quoting=9),
    lambda: csv.writer(io.StringIO(), lineterminator=None),
    lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL),
    lambda: csv.writer(5),
    lambda: csv.reader(5),
    lambda: csv.get_dialect('nope'),
    lambda: csv.unregister_dialect('nope'),
]
for f in errors:
    try:
        f()
        print('no error')
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
try:
    list(csv.reader(['abcdefgh']))
except csv.Error as e:
    print(e)
csv.field_size_limit(old)
buf = io.StringIO()
csv.writer(buf, quotechar=None).writerow(['a"b'])
print(repr(buf.getvalue()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
