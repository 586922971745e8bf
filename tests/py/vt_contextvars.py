# contextvars: ContextVar get/set/reset with Token, Context mapping, copy_context,
# Context.run, and threads starting with an empty context (CPython 3.11).
import contextvars
import threading
from contextvars import ContextVar, Context, Token, copy_context

var = ContextVar('var', default=10)
other = ContextVar('other')
print(var.name, var.get(), var.get(5))
try:
    other.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0].name)
print(other.get('fallback'))

t1 = var.set(1)
print(var.get(), t1.var is var, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = var.set(2)
print(var.get(), t2.old_value)
var.reset(t2)
print(var.get())
try:
    var.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).endswith('has already been used once'))
var.reset(t1)
print(var.get())
try:
    other.reset(var.set(3))
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))

ctx = copy_context()
print(var in ctx, ctx[var], len(ctx), ctx.get(other, 'none'))
var.set(4)
print(ctx[var], var.get())

def inside(x):
    var.set(x)
    other.set(x * 2)
    return var.get() + other.get()

print(ctx.run(inside, 7), var.get(), ctx[var], ctx[other])
print(sorted((k.name, v) for k, v in ctx.items()))
print(sorted(k.name for k in ctx), sorted(ctx.values()))

def reenter():
    ctx.run(print, 'never')
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', 'already entered' in str(e))

empty = Context()
print(len(empty), empty.run(var.get), empty.run(other.get, 'x'))

tok = ctx.run(var.set, 99)
try:
    var.reset(tok)
except ValueError as e:
    print('ValueError', 'different Context' in str(e))
ctx.run(var.reset, tok)
print(ctx[var])

# A new thread starts with an empty context: it sees defaults only.
seen = []
def worker():
    seen.append(var.get())
    seen.append(other.get('unset'))
    var.set(123)
    seen.append(var.get())
th = threading.Thread(target=worker)
th.start(); th.join()
print(seen, var.get())

# Running a copy in each thread keeps the values apart.
base = copy_context()
results = {}
def job(i):
    var.set(i)
    results[i] = var.get()
threads = [threading.Thread(target=base.copy().run, args=(job, i)) for i in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results.items()), base[var])

try:
    ContextVar(1)
except TypeError as e:
    print('TypeError', e)
try:
    ctx['x']
except TypeError as e:
    print('TypeError', type(e).__name__)
print(ContextVar[int] is not None, Context() == Context())
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
