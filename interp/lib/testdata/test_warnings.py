import sys
sys.stderr = sys.stdout
import warnings


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


def shorten(s):
    # Warning lines start with the script's path, which differs with how the
    # script was started; keep only its base name.
    return s.replace(__file__, 'SCRIPT')


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(shorten(s))


cap = Capture()
old_stderr = sys.stderr
sys.stderr = cap
warnings.warn('first warning')
warnings.warn('first warning')
warnings.warn('runtime', RuntimeWarning)
warnings.warn(UserWarning('instance'))


def deep():
    warnings.warn('from caller', stacklevel=2)


deep()
warnings.warn('hidden deprecation', DeprecationWarning)
sys.stderr = old_stderr
check('default output', lambda: cap.parts)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('again', SyntaxWarning)
    warnings.warn('recorded', UserWarning)
    check('record count', lambda: len(w))
    check('record fields', lambda: [(str(x.message), x.category.__name__, x.lineno > 0, shorten(x.filename)) for x in w])
    check('record message type', lambda: type(w[0].message).__name__)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    check('error action', lambda: warnings.warn('boom'))
    check('error category', lambda: warnings.warn('boom', RuntimeWarning))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    check('ignore', lambda: len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', RuntimeWarning)
    warnings.warn('kept')
    warnings.warn('dropped', RuntimeWarning)
    check('category filter', lambda: [str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip this')
    warnings.warn('Skip too')
    warnings.warn('show this')
    check('message filter', lambda: [str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    check('once', lambda: len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('default same line')
    warnings.warn('default same line')
    check('default', lambda: len(w))

check('filters restored', lambda: all(f[0] != 'error' for f in warnings.filters[:1]))
check('bad action', lambda: warnings.simplefilter('bogus'))
check('bad category', lambda: warnings.warn('x', int))
check('bad filter category', lambda: warnings.filterwarnings('ignore', category=int))
check('formatwarning', lambda: warnings.formatwarning('msg', UserWarning, 'file.py', 3, line='code()'))
check('formatwarning noline', lambda: warnings.formatwarning('msg', UserWarning, '/nonexistent/file.py', 3))

shown = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('custom show')
warnings.showwarning = old
check('custom showwarning', lambda: shown)
cw = warnings.catch_warnings()
check('catch repr', lambda: repr(cw))
check('exit before enter', lambda: cw.__exit__(None, None, None))
cw.__enter__()
check('enter twice', lambda: cw.__enter__())
cw.__exit__(None, None, None)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', UserWarning, 'f.py', 7)
    check('warn_explicit', lambda: [(str(x.message), x.filename, x.lineno) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn('after reset')
    warnings.warn('dep after reset', DeprecationWarning)
    check('resetwarnings', lambda: [str(x.message) for x in w])
