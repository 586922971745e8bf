# match: sequence patterns — star captures, nesting, lengths, which types count as sequences.

def seq(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one {x!r}'
        case [a, b, *mid, z] if len(mid) > 2:
            return f'long {a} {b} mid={mid} {z}'
        case [first, *rest] if not rest:
            return 'unreachable'
        case [[a, b], [c, d]]:
            return f'2x2 {a}{b}{c}{d}'
        case (a, b):
            return f'pair {a!r} {b!r}'
        case [*_, 'end']:
            return 'ends with end'
        case ['start', *_]:
            return 'starts with start'
        case [*init, last]:
            return f'init={init} last={last}'
        case _:
            return 'not a sequence'

for v in [[], (), [1], (2,), 'ab', b'ab', bytearray(b'ab'), [1, 2], (1, 2), range(2), [1, 2, 3, 4, 5, 6],
          [[1, 2], [3, 4]], ['a', 'end'], ['start', 1, 2], [1, 2, 3],
          {1: 2}, {1, 2}, iter([1, 2]), 5, None, range(10)]:
    print(type(v).__name__, '->', seq(v))

# Star captures always give a list, whatever the subject's type.
match (1, 2, 3):
    case (head, *tail):
        print(head, tail, type(tail).__name__)
match range(5):
    case [*all_]:
        print(all_)

# Nested sequence patterns with an inner alternative.
def shape(p):
    match p:
        case [(0 | 1) as bit, [*_, x]]:
            return f'bit {bit} last {x}'
        case [_, [*_]]:
            return 'other pair'
    return 'no'
print(shape([1, [5, 6]]), shape([0, []]), shape([2, [1]]), shape([1, 2]))

# A list subclass is still a sequence; a str subclass is not.
class L(list):
    pass
class S(str):
    pass
print(seq(L([1, 2])), seq(S('xy')))
