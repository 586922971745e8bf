# Sorting is stable, including with reverse=True (equal keys keep original order).
recs = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 3), ('gina', 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: r[1]))
data = [(i % 4, i) for i in range(20)]
print(sorted(data, key=lambda t: t[0]) == sorted(data, key=lambda t: (t[0], t[1])))
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
