# Uncaught exception raised while handling another: "During handling" separator.
def cleanup():
    raise RuntimeError('cleanup failed')
try:
    x = [1, 2][5]
except IndexError:
    cleanup()
