# replace, multiplication, concatenation, in-place building, comparisons.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('', '-'), s.replace('x', 'y'), 'aaa'.replace('a', 'aa'))
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, 'a' + 'b' + 'c', ''.join(reversed('abc')))
acc = ''
for i in range(5):
    acc += str(i)
print(acc, acc * 2)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'abc' == 'abc', 'Z' < 'a' < 'z')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana']), sorted(['b', 'A', 'a'], key=str.lower))
print(min('zebra', 'apple', 'mango'), max(['x', 'xy', 'xyz'], key=len))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
print(str(), str(5), str([1, 'a']), str(b'x'), str(b'caf\xc3\xa9', 'utf-8'), str(1.0), str(-0.5))
