# Random texts of words, hyphens, em-dashes and punctuation, wrapped at
# several widths: the chunking and packing must match CPython everywhere.
import textwrap, random
random.seed(5)
parts = ['a', 'ab', 'abc', 'well', 'known', '-', '--', '---', 'x1', '12', 'é', 'foo.', 'bar!', '"q"', "it's", ',', 'A', 'Zz', '_u', 'ß']
out = []
for i in range(400):
    words = []
    for j in range(random.randint(1, 12)):
        w = ''.join(random.choice(parts) for _ in range(random.randint(1, 4)))
        words.append(w)
    t = random.choice([' ', '  ', ' \t']).join(words)
    for width in (1, 3, 5, 8, 13):
        out.append(repr(textwrap.wrap(t, width)))
        out.append(repr(textwrap.wrap(t, width, break_on_hyphens=False, fix_sentence_endings=True)))
    out.append(repr(textwrap.shorten(t, 12)))
print(len(out))
print('\n'.join(out))
