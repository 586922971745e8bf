# The format-spec mini-language: fill, align, sign, z, #, 0, width, grouping, precision, type.
vals = [0, 7, -7, 1234567, 3.5, -0.001, 1e9, 'text']
specs = ['<8', '>8', '^8', '=8', '*<8', '0>8', '+', '-', ' ', '08', '#8', ',', '_', '.3', '8.3', '!<10', '~^11']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append('E(' + str(e) + ')')
    print(repr(v), row)
for s in ['s', 'd', 'n', 'b', 'o', 'x', 'X', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%']:
    for v in [42, 4.25, 'str']:
        try:
            print(s, repr(v), repr(format(v, s)))
        except (ValueError, TypeError) as e:
            print(s, repr(v), type(e).__name__, e)
print(format(-0.0, 'z.1f'), format(-0.04, 'z.1f'), format(-0.04, '.1f'))
print(format(1234.5, '_.2f'), format(12345678, '_x'), format(255, '#_b'), format(1e6, ',g'))
print(repr(format(3, '')), repr(format('', '>3')), repr(format('abc', '.1')), repr(format('abc', '<1')))
