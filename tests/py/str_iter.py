# Iterating strings, membership, enumerate, zip, map over characters.
s = 'hello'
for ch in s:
    print(ch, ord(ch), end=' ')
print()
print(list(s), tuple(s), set('aabbb') == {'a', 'b'}, sorted(set('mississippi')), dict.fromkeys('abca'))
print([c.upper() for c in s if c != 'l'], list(enumerate('ab', 1)), list(zip('abc', 'xy')))
print(list(map(ord, 'AZ')), ''.join(map(chr, [72, 105])), 'l' in s, 'lo' in s, 'ol' not in s, '' in s)
it = iter('xy')
print(next(it), next(it), next(it, 'done'))
counts = {}
for c in 'abracadabra':
    counts[c] = counts.get(c, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
