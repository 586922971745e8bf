# complex numbers: construction, arithmetic, repr, attributes, errors.
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(z + w, z - w, z * w, z / w, -z, z ** 2, z == complex(3, 4), z != w)
print(1j * 1j, 1j ** 2, (1 + 0j), 0j, -0j, complex(), complex('1+2j'), complex(' 3j '), complex(2.5))
print(complex(1e300, 1e300) * 10, 2j, 1 + 1j, (1 - 1j) / 2, 1e16j, complex(0, -0.0))
print(type(z).__name__, isinstance(z, complex), z.real.is_integer())
for expr in ['z < w', 'z // 2', 'z % 2', 'int(z)', 'complex("1+")', '1 / 0j']:
    try:
        print(eval(expr))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
print(format(z, ''), format(1.5 + 2.25j, '.2f'), f'{z:>12}', f'{w:+.1e}')
print(hash(1 + 0j) == hash(1), (1 + 2j) == (1 + 2j))
