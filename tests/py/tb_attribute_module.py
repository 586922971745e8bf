# AttributeError on a module and on a builtin type.
import math
print(math.pi)
x = (5).real
print(math.tau_squared)
