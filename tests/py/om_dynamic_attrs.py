# setattr/getattr/delattr-driven objects, __dict__ manipulation, vars() updates, attribute names as data.
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def __repr__(self):
        return 'Record(' + ', '.join(f'{k}={v!r}' for k, v in vars(self).items()) + ')'
r = Record(name='ann', age=30)
print(r)
r.__dict__['city'] = 'Oslo'
vars(r).update(age=31)
print(r, getattr(r, 'city'), [a for a in ('name', 'zip') if hasattr(r, a)])
for k in list(vars(r)):
    if k != 'name':
        delattr(r, k)
print(r)
setattr(r, 'not an identifier', 1)
print(getattr(r, 'not an identifier'), sorted(vars(r)))
r.__dict__ = {'replaced': True}
print(r, r.replaced)
