# Coroutines: awaiting or sending to a finished coroutine, and a coroutine awaiting itself.
async def c():
    return 5
def drive(co):
    try:
        co.send(None)
    except StopIteration as e:
        return e.value
co = c()
print(drive(co))
try:
    co.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
async def outer(co):
    return await co
try:
    drive(outer(co))
except RuntimeError as e:
    print('RuntimeError:', e)
async def selfawait():
    return await me
me = selfawait()
try:
    drive(me)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
co2 = c()
co2.close()
try:
    co2.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
def g():
    yield 1
gg = g()
list(gg)
try:
    next(gg)
except StopIteration:
    print('generator just stops')
