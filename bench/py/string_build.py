# String building: += concatenation, str.join of formatted parts, slicing and
# methods on the result. Checksum: lengths and a rolling hash of the text.
def build_concat(n):
    s = ''
    for i in range(n):
        s += str(i % 97) + ','
    return s
def build_join(n):
    return '|'.join(f'{i:05d}:{i * 31 % 1000:x}' for i in range(n))
def checksum(s):
    h = 0
    for ch in s[::7]:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h
a = build_concat(300_000)
b = build_join(300_000)
c = b.upper().replace('|', '\n')
print('string_build', len(a), len(b), len(c.splitlines()), checksum(a), checksum(b), checksum(c))
