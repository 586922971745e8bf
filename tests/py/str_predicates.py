# is* predicates of str on ASCII and Unicode samples.
samples = ['abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '²', '', ' \t\n', 'Hello World', 'hello world',
           'é', '_id', 'class', '3x', 'a b', 'ǅ', '\x00', 'Ⅻ']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
