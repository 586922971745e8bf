# ExceptionGroup/BaseExceptionGroup: construction rules, split/subgroup/derive, subclasses, errors.
eg = ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [ValueError(1), OSError('io')])])
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))), len(eg.exceptions), str(eg))
match, rest = eg.split(OSError)
print(repr(match), repr(rest))
print(type(BaseExceptionGroup('x', [ValueError()])), ExceptionGroup.__mro__)
print(eg.message, eg.exceptions, eg.args)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
m, r = MyEG('mine', [ValueError(1), TypeError(2)]).split(ValueError)
print(repr(m), repr(r), type(m))
for bad in [(1, [ValueError()]), ('m', 5), ('m', []), ('m', [1])]:
    try: ExceptionGroup(*bad)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e: print(e)
print(repr(BaseExceptionGroup('m', [KeyboardInterrupt()])))
print(ExceptionGroup[ValueError], BaseExceptionGroup[int], ExceptionGroup.__mro__)
