# A worker pool through queue.Queue: producers, consumers, task_done and
# join, sentinel shutdown. The results are printed sorted.
import queue
import threading

tasks = queue.Queue(maxsize=4)
results = queue.Queue()


def producer(base):
    for i in range(20):
        tasks.put(base + i)


def consumer():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put(n * n)
        tasks.task_done()


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
tasks.join()
for _ in consumers:
    tasks.put(None)
for t in consumers:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(len(out), sum(out))
print(sorted(out)[:5], sorted(out)[-3:])
