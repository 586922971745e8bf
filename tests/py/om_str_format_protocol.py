# str.format field access on objects: attributes, items, nested fields, conversions calling __repr__/__str__/ascii.
class User:
    def __init__(self):
        self.name = 'Zoë'
        self.tags = ['admin', 'ops']
        self.meta = {'team': 'core'}
    def __str__(self):
        return 'User<str>'
    def __repr__(self):
        return 'User<repr>'
u = User()
print('{0.name} {0.tags[1]} {0.meta[team]} {0!s} {0!r} {0.name!a}'.format(u))
print('{u.name:>8}|{u.tags[0]:^9}|{u.meta[team]!r:<8}|'.format(u=u))
print('{:{fill}{align}{width}}'.format(u.name, fill='.', align='>', width=7))
try:
    '{0.missing}'.format(u)
except AttributeError as e:
    print('AttributeError:', e)
try:
    '{0.tags[5]}'.format(u)
except IndexError as e:
    print('IndexError:', e)
