# SyntaxError: 'return' outside function (a compile-time, not parse-time, error).
print('not printed')
return 5
