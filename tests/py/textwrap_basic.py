import textwrap
texts = [
 "The quick brown fox jumps over the lazy dog. It was a well-known fact -- or so they said -- that foxes are quick.",
 "Hello there! How are you? I am fine. Mr. Smith went to Washington.  Double  spaces\tand tabs\there.",
 "A super-long-hyphenated-word-that-goes-on-and-on and anti-establishment pre-1990 e-mail x-ray foo--bar baz-- --qux a-b-c-d re-re-entry",
 "Supercalifragilisticexpialidocious is a very long word indeed, antidisestablishmentarianism too.",
 "   leading and trailing whitespace   ",
 "",
 "word " * 40,
 "Ünïcödé wörds with äccents and naïve-café hyphens, ça-va?",
]
for t in texts:
    for width in (10, 20, 33, 70):
        print(width, textwrap.wrap(t, width))
    print(textwrap.fill(t, 25, initial_indent='* ', subsequent_indent='  '))
    print(textwrap.wrap(t, 15, break_on_hyphens=False), textwrap.wrap(t, 12, break_long_words=False))
    print(textwrap.wrap(t, 20, fix_sentence_endings=True), textwrap.wrap(t, 20, drop_whitespace=False))
    print(textwrap.wrap(t, 20, max_lines=2), textwrap.wrap(t, 30, max_lines=3, placeholder='...'))
    for w in (8, 15, 40):
        print(repr(textwrap.shorten(t, w)))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n  b\n")), repr(textwrap.dedent("  x\n   \n  y")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=12, tabsize=4, expand_tabs=True)
print(w.wrap("a\tb\tc\td e f g h"), textwrap.TextWrapper(replace_whitespace=False, width=8).wrap("ab\ncd ef gh"))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("abc def", 3, max_lines=1)]:
    try: bad()
    except ValueError as e: print(e)
