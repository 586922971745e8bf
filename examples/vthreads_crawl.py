"""Structured concurrency with vthreads: a crawler-shaped program.

A ThreadGroup owns the threads spawned in it: the `with` block does not end
before they all have, the first failure cancels the rest, and a deadline
scope (vthreads.move_on_after) stops whatever is still blocked when time
is up. Every thread is a virtual thread, so a thousand blocked fetches
cost a thousand small heap objects, not a thousand OS threads.

Run it:  weft examples/vthreads_crawl.py
(Not vthreads.py: a script named like the module would import itself.)
"""
import contextvars
import time
import vthreads

request_id = contextvars.ContextVar('request_id', default='-')


def fetch(i):
    # Stands for a blocking call (a socket read); the delay varies by item.
    time.sleep(0.01 * (i % 7))
    return 'page %d (request %s)' % (i, request_id.get())


def slow(i):
    time.sleep(10)          # never finishes: the deadline cancels it
    return i


def broken(i):
    time.sleep(0.02)
    raise ConnectionError('item %d: connection reset' % i)


# 1. Fan out 1000 fetches, at most 100 at a time; results in order.
request_id.set('crawl-1')      # children run in a copy of this context
t0 = time.monotonic()
with vthreads.ThreadGroup(max_concurrency=100) as g:
    futures = [g.spawn(fetch, i) for i in range(1000)]
pages = [f.result() for f in futures]
print('%d pages in %.2fs; first: %s' % (len(pages), time.monotonic() - t0, pages[0]))

# 2. A deadline for a whole block: blocked children are cancelled, the
#    block ends, and the scope says that it did.
with vthreads.move_on_after(0.1) as scope:
    with vthreads.ThreadGroup() as g:
        for i in range(5):
            g.spawn(slow, i)
print('deadline reached:', scope.cancelled_caught)

# 3. The first failure cancels the siblings; the failures come out as an
#    ExceptionGroup.
try:
    with vthreads.ThreadGroup() as g:
        for i in range(10):
            g.spawn(slow, i)
        g.spawn(broken, 42)
except* ConnectionError as eg:
    print('failed:', [str(e) for e in eg.exceptions])

# 4. Shared state behind a Mutex: the value is only reachable with the lock.
counts = vthreads.Mutex({})


def count(word):
    with counts.lock() as c:
        c[word] = c.get(word, 0) + 1


with vthreads.ThreadGroup() as g:
    for w in 'the quick brown fox jumps over the lazy dog the end'.split():
        g.spawn(count, w)
with counts.lock() as c:
    print('most common:', max(c.items(), key=lambda kv: kv[1]))
