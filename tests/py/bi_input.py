# input() reads lines from stdin (NAME.in); the prompt goes to stdout; EOFError at end of input.
name = input()
print('name:', repr(name))
age = input('age? ')
print('age next year:', int(age) + 1)
nums = [int(x) for x in input().split()]
print('sum:', sum(nums))
import sys
rest = sys.stdin.read()
print('rest:', repr(rest))
try:
    input('more? ')
except EOFError as e:
    print('EOFError:', repr(str(e)))
