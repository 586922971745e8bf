# f-string self-documenting expressions (=), with conversions and format specs.
x, y, name = 3, 4.5, 'weft'
print(f'{x=}', f'{y=}', f'{name=}', f'{x + y=}', f'{x=!s}', f'{name=!r}', f'{y=:.3f}', f'{x = }', f'{x=:>5}')
items = [1, 2]
print(f'{items[0]=}', f'{len(items)=}', f'{name.upper()=}', f'{x*2 = }', f'{ x =}')
print(f'{x=}{y=}', f'result: {x**2=} done')
