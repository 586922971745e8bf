# The module-level random functions share one generator. Threads drawing
# from it at once (in parallel under weft) must each get distinct draws of
# the one stream: together, exactly the numbers one thread would draw.
import json
import random
import re
import threading

random.seed(99)
expected = sorted(random.random() for _ in range(8000))
random.seed(99)
out = []
lock = threading.Lock()
words = re.compile(r"[a-z]+")


def work(n):
    local = [random.random() for _ in range(1000)]
    # re and json are used from every thread at once too.
    doc = json.dumps({"n": n, "words": words.findall("alpha beta gamma %d" % n)})
    assert json.loads(doc)["words"] == ["alpha", "beta", "gamma"]
    with lock:
        out.extend(local)


threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out), sorted(out) == expected)
