# SyntaxError: an unclosed parenthesis is reported at the opening bracket; nothing runs.
print('this line is never executed')
values = [1, 2,
          3
total = sum(values)
