# Huffman coding with a hand-written binary heap: deterministic tie-breaking, encode and decode.
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)
def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    h = Heap()
    for order, (ch, f) in enumerate(sorted(freq.items())):
        h.push((f, order, ch))
    order = len(freq)
    while len(h) > 1:
        f1, _, a = h.pop()
        f2, _, b = h.pop()
        h.push((f1 + f2, order, (a, b)))
        order += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or '0'
        else:
            walk(node[0], prefix + '0')
            walk(node[1], prefix + '1')
    walk(h.pop()[2], '')
    return codes
text = 'this is an example of a huffman tree built deterministically'
codes = build(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
bits = ''.join(codes[c] for c in text)
print(len(bits), 'bits vs', 8 * len(text), bits[:40])
rev = {v: k for k, v in codes.items()}
out, cur = [], ''
for b in bits:
    cur += b
    if cur in rev:
        out.append(rev[cur])
        cur = ''
print(''.join(out) == text)
