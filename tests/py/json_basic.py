import json
for s in ['', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\qb"', '"\\u12x4"', '"a\x01"', '{1:2}', '[1] x', '-', '01', '1.', '[', '{', '{"a":', 'nul', '1e5', '-0', '1E+2', '[1.5e-3, -0.0]', '"\\', '"\\u', ' [1, {"é": "\\u00e9\\ud83d\\ude00"}] ', '123456789012345678901234567890', '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '"x\\n\\t\\"\\\\\\/"', '\n\n  [1,\n 2 x']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({'a': [1, 2.5, None, True, 'é\n\U0001f600\x7f']}), json.dumps('é\x7f', ensure_ascii=False))
print(json.dumps({'b':1,'a':[1,{}, []]}, indent=2, sort_keys=True))
print(json.dumps({'b':1,'a':[1,2]}, indent='\t', separators=(',', ' = ')))
print(json.dumps([1, [2, 3]], separators=(',', ':')), json.dumps((1, 2)), json.dumps({}), json.dumps([]))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps({3: 1, 1: 2}, sort_keys=True))
for bad in [lambda: json.dumps({(1,2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({'a': [1, {'b': set()}]}), lambda: json.loads(5)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l=[]; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d={}; d['x']=d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps(float('inf')), json.dumps(1e22), json.dumps(0.1), json.dumps(10**30), json.dumps(-0.0), json.dumps(1/3))
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))
print(json.dumps(set([3]), default=sorted), json.dumps(complex(1, 2), default=lambda c: [c.real, c.imag]))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E), E(indent=1).encode([1]))
from collections import OrderedDict
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
from fractions import Fraction
print(json.loads('[1.5, 2, NaN]', parse_float=Fraction, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c))
print(json.loads(b'{"x": [1, 2]}'), json.loads('"a\x01b"', strict=False), json.loads(bytearray(b'[true]')))
print(json.JSONDecoder().raw_decode('[1] tail'), json.loads('"\\u0041"'))
import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": null}')))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED, True, False]))
print(issubclass(json.JSONDecodeError, ValueError), json.dumps("\u2028 <>&'"))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    err = e
# An uncaught JSONDecodeError: the traceback shows only this file's frame.
raise json.JSONDecodeError(err.msg, err.doc, err.pos)
