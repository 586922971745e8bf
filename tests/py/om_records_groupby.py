# Grouping and aggregating records with namedtuple, itertools.groupby, operator.attrgetter and statistics by hand.
from collections import namedtuple
from itertools import groupby
from operator import attrgetter
Sale = namedtuple('Sale', 'region product units price')
rows = [Sale('north', 'apple', 10, 0.5), Sale('south', 'pear', 4, 0.75), Sale('north', 'pear', 7, 0.8),
        Sale('east', 'apple', 3, 0.55), Sale('south', 'apple', 12, 0.45), Sale('north', 'apple', 5, 0.5)]
key = attrgetter('region')
for region, group in groupby(sorted(rows, key=key), key=key):
    g = list(group)
    revenue = sum(s.units * s.price for s in g)
    print(f'{region:<6} sales={len(g)} units={sum(s.units for s in g):3d} revenue={revenue:6.2f} best={max(g, key=lambda s: s.units).product}')
by_product = {}
for s in rows:
    by_product.setdefault(s.product, []).append(s.units)
print({p: (min(u), max(u), sum(u) / len(u)) for p, u in sorted(by_product.items())})
print(sorted(rows, key=attrgetter('product', 'units'))[0], rows[0]._replace(units=0))
