# A dict-heavy word count over generated text: dict get/set, str.split, sorting
# by frequency. Checksum: distinct words, total, and the ten most frequent.
def make_text(n_words):
    syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'to', 'sa', 'vi']
    words = []
    x = 12345
    for _ in range(n_words):
        x = (x * 1103515245 + 12345) % 2 ** 31
        k = 1 + x % 3
        words.append(''.join(syll[(x >> (4 * j)) % 8] for j in range(k)))
    return ' '.join(words)
text = make_text(400_000)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print('word_count', len(counts), sum(counts.values()), top)
