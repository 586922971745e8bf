# SyntaxError: cannot assign to a literal / function call, with the hint CPython gives.
x = 5
f() = x
