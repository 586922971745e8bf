# SyntaxError: invalid syntax with a caret under the offending token.
x = 1
if x == 1
    print('missing colon')
