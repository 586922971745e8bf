# format specs for floats: f e g % and alignment, precision, sign, grouping.
vals = [3.14159265, -2.5, 0.0, -0.0, 1234567.891, 1e-5, 1e20, 0.5, 1.5, 2.5, 123.456]
specs = ['', 'f', '.2f', '.0f', '10.3f', '<10.1f', '^12.2f', '+.3f', ' .2f', ',.2f', '_.1f', 'e', '.3e', 'E',
         'g', '.3g', '.10g', 'G', '%', '.1%', '#.0f', '#g', '010.2f', 'z.1f', '.2n']
for v in vals:
    print(v, ' | '.join(format(v, s) for s in specs))
print(format(float('inf'), 'f'), format(float('-inf'), '.2e'), format(float('nan'), '10.2f'), format(float('inf'), 'F'))
print('%.3f %e %g %10.4f %-10.2f| %+g %G' % (1 / 3, 12345.6789, 0.00001234, 3.14159, 2.5, 7.0, 1e-10))
print(f'{1e100:.3g} {123456789.0:,.1f} {0.000123:.2%}')
