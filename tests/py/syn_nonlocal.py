# SyntaxError: nonlocal at module level / no binding for nonlocal.
def f():
    nonlocal missing
    missing = 1
