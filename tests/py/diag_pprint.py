import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

data = {
    "name": "weft interpreter",
    "numbers": list(range(40)),
    "nested": {"a": [1, 2, {"deep": (3, 4, 5), "deeper": {"x": [10] * 12}}],
               "b": ("tuple", "of", "strings", "that", "is", "long", "enough", "to", "wrap")},
    "set": {5, 3, 1, 4, 2, 9, 8, 7, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23},
    "fset": frozenset({100, 200}),
    "text": "The quick brown fox jumps over the lazy dog. " * 4,
    "multi": "line one\nline two is here\n" * 3,
    "bytes": bytes(range(60)),
    "empty": [[], {}, (), set(), ""],
    1: "int key",
    (1, 2): "tuple key",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data["numbers"], compact=True)
pprint.pprint(data["numbers"], compact=True, width=30, indent=2)
pprint.pp({"z": 1, "a": 2, "m": list(range(30))})
pprint.pprint({"z": 1, "a": 2, "m": list(range(30))}, sort_dicts=False)
print(pprint.pformat([10**12, 12345678] * 8, underscore_numbers=True))
print(pprint.pformat("x" * 100))
print(pprint.pformat(["a long string " * 8]))
print(pprint.pformat((1,)), pprint.pformat(("a" * 90,)))
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).startswith("[1, 2, <Recursion on list with id="))
print(pprint.isreadable(data), pprint.isreadable([1, 2]), pprint.isrecursive(rec), pprint.isreadable(object()))
od = OrderedDict((str(i) * 5, i) for i in range(12))
pprint.pprint(od)
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra is a magic word said by magicians"), width=30)
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))


@dataclass
class Point:
    x: int
    y: int
    label: str


pprint.pprint([Point(i, i * i, "point number %d" % i) for i in range(3)])
pprint.pprint(Point(1, 2, "a label that is long enough to need wrapping " * 2))
pp = pprint.PrettyPrinter(indent=2, width=50, compact=True)
pp.pprint([list(range(12)), {"k": list(range(25))}])
print(pp.pformat({"k": "v"}), pp.isreadable({"k": "v"}))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
