import sys
sys.stderr = sys.stdout
import weakref


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


class Obj:
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


o = Obj(1)
r = weakref.ref(o)
check('ref call', lambda: r() is o)
check('ref eq', lambda: (r == weakref.ref(o), r != weakref.ref(Obj(2))))
check('ref hash', lambda: hash(r) == hash(o))
check('ref callback', lambda: weakref.ref(o, lambda ref: None)() is o)
check('ref type', lambda: (weakref.ReferenceType is weakref.ref, isinstance(r, weakref.ref)))
check('ref repr', lambda: repr(r).startswith('<weakref at 0x'))
wm = weakref.WeakMethod(o.method)
check('WeakMethod', lambda: (wm()(), wm().__self__ is o))
check('WeakMethod bad', lambda: weakref.WeakMethod(len))
wvd = weakref.WeakValueDictionary()
wvd['a'] = o
check('WeakValueDictionary', lambda: (wvd['a'] is o, len(wvd), 'a' in wvd, list(wvd.keys())))
check('WeakValueDictionary get', lambda: (wvd.get('zz'), wvd.get('a') is o))
del wvd['a']
check('WeakValueDictionary del', lambda: len(wvd))
wkd = weakref.WeakKeyDictionary()
wkd[o] = 'val'
check('WeakKeyDictionary', lambda: (wkd[o], len(wkd), o in wkd))
check('WeakKeyDictionary repr', lambda: repr(wkd).startswith('<WeakKeyDictionary at 0x'))
ws = weakref.WeakSet([o])
check('WeakSet', lambda: (o in ws, len(ws)))
calls = []
fin = weakref.finalize(o, calls.append, 'finalized')
check('finalize alive', lambda: (fin.alive, fin.atexit))
check('finalize peek', lambda: fin.peek()[1:] == (calls.append, ('finalized',), {}))
check('finalize call', lambda: (fin(), calls, fin.alive))
check('finalize call again', lambda: (fin(), calls))
fin2 = weakref.finalize(o, calls.append, 'never')
check('finalize detach', lambda: (fin2.detach()[2], fin2.alive, fin2()))
fin3 = weakref.finalize(o, print, 'finalizer ran at exit')
check('getweakrefcount', lambda: isinstance(weakref.getweakrefcount(o), int))
