# Async generators and coroutines: edge cases of the protocols, driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield 'tick'

async def numbers(n):
    for i in range(n):
        await Tick()
        yield i

async def main():
    out = []
    # __anext__ awaitables are single-use.
    g = numbers(3)
    step = g.__anext__()
    out.append(await step)
    try:
        await step
    except RuntimeError as e:
        out.append(str(e))
    # StopAsyncIteration after exhaustion, repeatedly.
    async for _ in g:
        pass
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration:
            out.append('stop')
    # Nested async comprehensions with conditions.
    out.append([(a, b) async for a in numbers(3) if a != 1 async for b in numbers(2)])
    out.append({k: v async for k, v in pairs()})
    out.append({x async for x in numbers(3)})
    # An async generator expression inside a coroutine.
    agenexp = (x * 2 async for x in numbers(3))
    out.append(type(agenexp).__name__)
    out.append([y async for y in agenexp])
    # await inside a plain comprehension within a coroutine.
    out.append([await double(i) for i in range(3)])
    # athrow into a generator that handles the exception and yields again.
    h = handler()
    out.append(await h.__anext__())
    out.append(await h.athrow(ValueError('recovered')))
    await h.aclose()
    # aclose on a never-started generator does nothing.
    await numbers(1).aclose()
    # return inside async with and async for runs __aexit__.
    out.append(await early_return())
    return out

async def pairs():
    for k in 'ab':
        await Tick()
        yield k, k.upper()

async def double(x):
    await Tick()
    return x * 2

async def handler():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            yield f'handled {e}'

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        print('aexit ran', exc[0])

async def early_return():
    async with CM():
        async for i in numbers(5):
            if i == 2:
                return f'returned at {i}'

print(run(main()))

# Errors from the protocols.
class NoAiter:
    pass
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def bad(obj):
    async for _ in obj:
        pass

for obj in [NoAiter(), BadAnext(), [1, 2]]:
    try:
        run(bad(obj))
    except TypeError as e:
        print('TypeError:', e)

async def not_cm():
    async with NoAiter():
        pass
try:
    run(not_cm())
except TypeError as e:
    print('TypeError:', e)

async def await_bad():
    await 5
try:
    run(await_bad())
except TypeError as e:
    print('TypeError:', e)

def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
try:
    run(await_gen())
except TypeError as e:
    print('TypeError:', e)

for src in ["async def f():\n    yield from x\n", "async def f():\n    yield 1\n    return 2\n"]:
    try:
        compile(src, 'src', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
