# f-strings: expressions, conversions, quotes, escapes, multi-line.
name, n, items = 'world', 42, [1, 2, 3]
print(f'hello {name}!', f"{n + 1}", f'{items[0]}{items[-1]}', f'{len(items) * 2}', f'{"nested"}')
print(f'{name!r} {name!s} {"é"!a}', f'{{braces}}', f'{n:>{5}}', f'{ n }', f'{n}{n}')
print(f'{"a" if n > 40 else "b"}', f'{[x * 2 for x in items]}', f'{ {"k": 1}["k"] }', f'{(lambda x: x * 3)(2)}')
print(f'''multi
{name}
line''', f'\t|{n}|\n', rf'raw\n{n}', fr'{name}\d')
d = {'key': 'v'}
print(f"{d['key']}", f'{d["key"]}', f'{3.14159:.2f}', f'{n:08b}', f'{n:#o}', f'{-n:+}')
print(f'{name=}' if False else f'{name.upper()}', f'{str(n).zfill(5)}', f'{None}', f'{True}', f'{1, 2}')
x = 10
print(f'{x:{"*"}^{x}}', f'{f"{x}"}', F'{x}', f'{x!r:>5}', f'{"x"!r:^7}')
