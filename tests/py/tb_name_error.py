# Uncaught NameError with CPython's "Did you mean" suggestion.
counter = 1
def bump():
    return conter + 1
print('before')
bump()
