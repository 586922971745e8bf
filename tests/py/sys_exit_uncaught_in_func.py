# exit(N) raised deep in the call stack unwinds through finally and with blocks.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('CM exit sees', exc[0].__name__)
def inner():
    with CM():
        sys.exit(42)
def outer():
    try:
        inner()
    finally:
        print('outer finally')
outer()
