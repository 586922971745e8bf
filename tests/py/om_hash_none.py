# __hash__ = None makes instances unhashable; defining __eq__ alone sets __hash__ to None; restoring via inheritance.
class Mutable:
    __hash__ = None
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash(EqOnly):
    def __hash__(self):
        return 7
class Inherits(EqAndHash):
    pass
class Resets(EqAndHash):
    def __eq__(self, o):
        return False
for cls in [Mutable, EqOnly, EqAndHash, Inherits, Resets]:
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
print(EqOnly.__hash__, Resets.__hash__, Inherits.__hash__ is EqAndHash.__hash__)
try:
    {Mutable(): 1}
except TypeError as e:
    print('TypeError:', e)
