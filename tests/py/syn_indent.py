# IndentationError: unexpected indent and expected an indented block.
def f():
    return 1
      print('unexpected indent')
