# str.format(): positional, keyword, indexing, attributes, conversions, nesting.
class P:
    x = 3
    y = [10, 20]
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
print('{p.x} {p.y[1]}'.format(p=P()), '{!r} {!s} {!a}'.format('q', 'q', 'é'), '{{literal}} {}'.format(9))
print('{:>{w}.{p}f}|'.format(3.14159, w=10, p=2), '{0:{1}}|'.format('ab', 5), '{:*^{}}'.format('mid', 11))
print('{:d} {:5} {:<5}| {:x}'.format(10, 10, 10, 255), '{:,.2f}'.format(1234567.891))
print(format('text'), format(3), format([1, 2]), format(None), '{}'.format(None))
for fmt, args, kw in [('{} {}', (1,), {}), ('{0} {}', (1, 2), {}), ('{x}', (), {}), ('{:d}', ('s',), {}),
                      ('{', (), {}), ('}', (), {}), ('{0[5]}', ([1],), {}), ('{!z}', (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print('{0}{1}'.format(*'ab'), '{a}{b}'.format(**{'a': 1, 'b': 2}), str.format('{}', 'unbound'))
print('{:%Y}'.format(type('D', (), {'__format__': lambda self, spec: 'custom:' + spec})()))
