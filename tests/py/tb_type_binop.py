# Uncaught TypeError from a binary operator: carets point at the operator.
def label(count):
    return 'items: ' + count
print(label('3'))
print(label(3))
