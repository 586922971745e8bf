# maketrans/translate, encode/decode round trips.
t = str.maketrans('abc', 'xyz')
print('aabbcc-abc'.translate(t), t[97], 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
t2 = str.maketrans({'a': '1', 'b': None})
print('abcab'.translate(t2), str.maketrans('ab', 'cd', 'e') == {97: 99, 98: 100, 101: None})
print('The Zen'.translate(str.maketrans('', '', 'aeiouAEIOU')))
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print('Hello, World!'.translate(rot13), 'Hello, World!'.translate(rot13).translate(rot13))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print('ValueError:', e)
