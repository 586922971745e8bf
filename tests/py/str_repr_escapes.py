# repr of strings: quote choice, escapes of control, non-printable and Unicode characters.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'nul\x00', 'bell\x07',
          'del\x7f', 'back\\slash', 'é', '\u200b', '\U0001F40D', '\ud800' if False else 'x', '\x9f', '\u2028', '']:
    print(repr(s), len(repr(s)), ascii(s))
print([chr(i) for i in range(0, 40, 7)], repr(chr(0xe000)), repr('\U000e0001'))
print('a\
b', 'tab:\t:', 'octal:\101\x42', r'raw\t\n', len('\\'), '\'', "\"")
