# Coroutines driven by hand: await on coroutines and __await__ objects, send/throw/close, cr_* attributes, async with/for, async generators (asend/athrow/aclose), async comprehensions.
import types
# A tiny driver: run a coroutine to completion, answering each yielded request.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield ('sleep', self.label)
        return f'woke {self.label} with {got}'

def run(coro):
    trace = []
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            trace.append(('done', e.value))
            return trace
        trace.append(req)
        value = len(trace)

async def child(n):
    r = await Sleep(f'child{n}')
    return r.upper()

async def parent():
    a = await child(1)
    b = await Sleep('parent')
    try:
        await Raiser()
    except KeyError as e:
        c = f'caught {e}'
    return [a, b, c]

class Raiser:
    def __await__(self):
        yield 'about to raise'
        raise KeyError('k')

for step in run(parent()):
    print(step)

c = child(5)
print(type(c).__name__, type(c) is types.CoroutineType, c.cr_running, c.cr_frame is not None, c.cr_await, c.__name__, c.__qualname__)
print(c.send(None), c.cr_await is not None, c.cr_suspended)
try:
    c.throw(ValueError('thrown in'))
except ValueError as e:
    print('throw propagated', e, c.cr_frame)
c2 = child(6)
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
c7 = child(7)
try:
    iter(c7)
except TypeError as e:
    print(e)
c7.close()
w = child(8).__await__()
print(next(w))
try:
    w.send('x')
except StopIteration as e:
    print('wrapper done', e.value)

# async with / async for with hand-written protocols.
class ACM:
    async def __aenter__(self):
        print('aenter')
        await Sleep('enter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None)
        return et is ZeroDivisionError

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(f'tick{self.i}')
        return self.i

async def use():
    out = []
    async with ACM() as r:
        out.append(r)
    async with ACM():
        1 / 0
    async for i in Counter(3):
        if i == 2:
            continue
        out.append(i)
    else:
        out.append('else')
    async for i in Counter(5):
        if i == 2:
            break
    out.append(('broke at', i))
    return out

for step in run(use()):
    print(step)

# async generators
async def agen(n):
    try:
        for i in range(n):
            x = yield i
            if x:
                print('agen got', x)
            await Sleep(f'agen{i}')
    finally:
        print('agen finally')

async def consume():
    got = []
    async for v in agen(3):
        got.append(v)
    got.append([v * 10 async for v in agen(2)])
    g = agen(5)
    got.append(await g.__anext__())
    got.append(await g.asend('hello'))
    try:
        await g.athrow(ValueError('stop'))
    except ValueError as e:
        got.append(f'athrow raised {e}')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        got.append('exhausted')
    g2 = agen(5)
    await g2.__anext__()
    await g2.aclose()
    got.append(('aclosed', g2.ag_frame))
    return got

for step in run(consume()):
    print(step)
a = agen(1)
print(type(a).__name__, type(a) is types.AsyncGeneratorType, a.__aiter__() is a, a.ag_running)

async def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def check_ignore():
    g = ignoring()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(check_ignore()))
