# dict comprehensions, conditional values, nested, inversion, counting.
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0}, {v: k for k, v in squares.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: 'vowel' if c in 'aeiou' else 'cons' for c in 'hello'})
words = 'the cat and the hat and the bat'.split()
freq = {w: words.count(w) for w in words}
print(freq, max(freq, key=freq.get))
print({k: {kk: kk * k for kk in range(2)} for k in range(1, 3)})
print(dict(sorted({'z': 1, 'a': 2, 'm': 3}.items())))
