# Text statistics: word frequencies, line lengths, character classes, a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
lines = TEXT.splitlines()
words = [w.strip('.,').lower() for w in TEXT.split()]
print('lines', len(lines), 'words', len(words), 'chars', len(TEXT), 'unique', len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f'{w:>8} {c:3d} {"#" * c}')
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, len(lengths[n]), sorted(set(lengths[n]))[:4])
print('avg word length %.3f' % (sum(map(len, words)) / len(words)))
print('longest line', max(range(len(lines)), key=lambda i: len(lines[i])), [len(l) for l in lines])
classes = {'upper': 0, 'lower': 0, 'space': 0, 'punct': 0}
for ch in TEXT:
    if ch.isupper():
        classes['upper'] += 1
    elif ch.islower():
        classes['lower'] += 1
    elif ch.isspace():
        classes['space'] += 1
    else:
        classes['punct'] += 1
print(classes)
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
