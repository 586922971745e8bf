# Case methods of str, including Unicode special cases.
for s in ['hello World', 'ÉCOLE', 'straße', 'ǆ', 'hello_world-foo bar', "they're bill's", '', '123abc', 'ΣΑΣ']:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print('ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ß'.upper())
