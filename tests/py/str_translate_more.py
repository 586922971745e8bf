# str.maketrans and translate edge cases; removeprefix/removesuffix.
print(str.maketrans({'a': 'xyz', 98: None, 'c': 100}))
print('abcabc'.translate(str.maketrans({'a': 'xyz', 98: None, 'c': 100})))
print('hello'.translate({104: 'J', 111: 0x263A}), 'abc'.translate([]), 'abc'.translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'A'
        raise LookupError(k)
print('banana'.translate(Table()))
for bad in ["str.maketrans('abc')", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 'x'})", "str.maketrans(1, 'a')",
            "str.maketrans('a', 1)", "str.maketrans('a', 'b', 3)", "'a'.translate({97: 1.5})", "'a'.translate({97: -1})",
            "'a'.translate()", "'abc'.removeprefix()", "'abc'.removesuffix(b'c')"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('test_file.py'.removesuffix('.py'), 'prefix_x'.removeprefix('prefix_'), ''.removeprefix(''), 'ab'.removesuffix(''))
