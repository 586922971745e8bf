# Mutable built-ins are unhashable and say so with __hash__ = None; subclasses inherit that unless they define __hash__.
from collections.abc import Hashable
for v in [[], {}, set(), bytearray(), (), frozenset(), 'x', 1, None]:
    try:
        hash(v)
        print(type(v).__name__, 'hashable', isinstance(v, Hashable))
    except TypeError as e:
        print(type(v).__name__, 'TypeError:', e, isinstance(v, Hashable))
print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is not None)
class L(list):
    pass
class HL(list):
    def __hash__(self):
        return 42
try:
    {L(): 1}
except TypeError as e:
    print('TypeError:', e)
print(hash(HL([1])), {HL(): 'ok'}[HL()] if False else 'HL hashable')
class EqOnly:
    def __eq__(self, other):
        return True
class Child(EqOnly):
    def __hash__(self):
        return 7
class Grand(Child):
    def __eq__(self, other):
        return False
print(EqOnly.__hash__, hash(Child()), Grand.__hash__)
try:
    {[1, 2]: 'x'}
except TypeError as e:
    print('TypeError:', e)
try:
    {1, 2, [3]}
except TypeError as e:
    print('TypeError:', e)
