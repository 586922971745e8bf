# Exceptions raised by str operations, with their messages.
tests = [
    "'abc'.index('z')", "'abc'[5]", "'abc'.encode('nope')", "str(b'\\xff', 'utf-8')", "'x'.join(5)",
    "'abc'.split(5)", "'a'.ljust('5')", "ord('ab')", "ord('')", "chr(-1)", "chr(0x110000)", "'%d' % 'x'",
    "'abc'.count()", "'abc'.upper(1)", "int('1.5')", "'a' < 1", "'abc'.removeprefix(1)", "''.zfill()",
    "'abc'.nosuch", "str.upper(5)",
]
for t in tests:
    try:
        eval(t)
        print(t, 'no error')
    except Exception as e:
        print(t, '->', type(e).__name__ + ':', e)
