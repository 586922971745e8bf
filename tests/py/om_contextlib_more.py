# contextlib: redirect_stdout into StringIO, closing, contextmanager re-raising, ExitStack unwinding order on error.
import contextlib, io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line 1')
    print('captured', 2)
print('captured text:', repr(buf.getvalue()))
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with contextlib.closing(Resource('r1')) as r:
    print('using', r.name)
@contextlib.contextmanager
def transaction(name):
    print('begin', name)
    try:
        yield
        print('commit', name)
    except Exception as e:
        print('rollback', name, type(e).__name__)
        raise
try:
    with transaction('t1'):
        raise KeyError('boom')
except KeyError:
    print('KeyError propagated')
with transaction('t2'):
    pass
try:
    with contextlib.ExitStack() as st:
        st.callback(print, 'cleanup 1')
        st.callback(print, 'cleanup 2')
        raise ValueError('inside stack')
except ValueError as e:
    print('ValueError:', e)
