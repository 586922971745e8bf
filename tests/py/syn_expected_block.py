# IndentationError: expected an indented block after a function definition.
def f():
print('body not indented')
