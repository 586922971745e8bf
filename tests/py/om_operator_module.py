# operator module: itemgetter, attrgetter, methodcaller, and function forms of operators.
import operator as op
rows = [('b', 2, 9.5), ('a', 3, 1.0), ('c', 1, 5.5)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), op.itemgetter(0, 2)(rows[0]))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def greet(self, greeting):
        return f'{greeting}, {self.name}'
people = [P('zed', 30), P('amy', 25)]
print([p.name for p in sorted(people, key=op.attrgetter('age'))], op.attrgetter('name', 'age')(people[0]))
print(list(map(op.methodcaller('greet', 'hi'), people)), op.methodcaller('upper')('abc'))
print(op.add(1, 2), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.neg(5), op.not_(0))
print(op.eq(1, 1.0), op.lt('a', 'b'), op.contains([1, 2], 2), op.getitem({'k': 'v'}, 'k'), op.index(5), op.concat([1], [2]))
d = {}
op.setitem(d, 'x', 1)
print(d, op.is_(None, None), op.is_not(1, None), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.pow(2, 5), op.abs(-3))
