# An inventory report: classes, sorting by several keys, grouping, formatted table, generators.
class Item:
    def __init__(self, sku, name, category, price, qty):
        self.sku, self.name, self.category, self.price, self.qty = sku, name, category, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f'Item({self.sku})'
rows = '''A100,Widget,tools,2.50,40
B200,Gadget,electronics,19.99,3
A101,Spanner,tools,7.25,12
C300,Cable,electronics,3.10,100
D400,Mug,kitchen,4.00,0
A102,Hammer,tools,12.00,5
D401,Plate,kitchen,6.50,24'''
items = [Item(s, n, c, float(p), int(q)) for s, n, c, p, q in (r.split(',') for r in rows.splitlines())]
print(f'{"SKU":<6}{"Name":<10}{"Category":<13}{"Price":>8}{"Qty":>5}{"Value":>9}')
for it in sorted(items, key=lambda i: (i.category, -i.value)):
    print(f'{it.sku:<6}{it.name:<10}{it.category:<13}{it.price:>8.2f}{it.qty:>5}{it.value:>9.2f}')
by_cat = {}
for it in items:
    by_cat.setdefault(it.category, []).append(it)
for cat, its in sorted(by_cat.items()):
    print(f'{cat}: {len(its)} items, value {sum(i.value for i in its):.2f}, cheapest {min(its, key=lambda i: i.price).name}')
def low_stock(items, threshold):
    for it in items:
        if it.qty < threshold:
            yield it.sku, it.qty
print(list(low_stock(items, 10)), sum(i.value for i in items), max(items, key=lambda i: i.value))
