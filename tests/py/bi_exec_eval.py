# exec/eval/compile: namespaces, modes, return values, errors from evaluated code.
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('[a for a in range(3)]'), eval('  5  '))
ns = {}
exec('y = 10\ndef f(n):\n    return n + y', ns)
print(ns['y'], ns['f'](5), sorted(k for k in ns if k != '__builtins__'))
exec('print("exec prints", z)', {'z': 'Z'})
print(exec('1 + 1'))
loc = {}
exec('a = 1; b = a + 1', {}, loc)
print(loc)
code = compile('3 ** 2', '<expr>', 'eval')
print(eval(code), type(code).__name__, code.co_filename)
code2 = compile('for i in range(2): print("loop", i)', '<loop>', 'exec')
exec(code2)
single = compile('42', '<single>', 'single')
exec(single)
g = {'__builtins__': {'len': len}}
print(eval('len("abc")', g))
try:
    eval('print(1)', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec('x = 1/0')
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    eval('import os')
except SyntaxError as e:
    print('SyntaxError:', e)
try:
    compile('x', '<m>', 'bogus')
except ValueError as e:
    print('ValueError:', e)
print(eval('lambda q: q + 1')(1), eval(b'7 * 6'), eval('__name__'))
