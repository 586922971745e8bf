words = ("the quick brown fox jumps over the lazy dog " * 50000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
