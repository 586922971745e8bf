# match: SyntaxErrors the compiler reports for patterns.
sources = [
    "match v:\n    case x:\n        pass\n    case 1:\n        pass\n",
    "match v:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match v:\n    case x if x:\n        pass\n    case 1:\n        pass\n",
    "match v:\n    case x | y:\n        pass\n",
    "match v:\n    case 1 | x:\n        pass\n    case 2:\n        pass\n",
    "match v:\n    case _ | 1:\n        pass\n",
    "match v:\n    case [x, x]:\n        pass\n",
    "match v:\n    case {'a': x, **x}:\n        pass\n",
    "match v:\n    case [x] | [y]:\n        pass\n",
    "match v:\n    case [x] | [x, y]:\n        pass\n",
    "match v:\n    case {1: a, 1: b}:\n        pass\n",
    "match v:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match v:\n    case C(x=1, x=2):\n        pass\n",
    "match v:\n    case (x as y) as x:\n        pass\n",
    "match v:\n    case [*a, *b]:\n        pass\n",
    "match v:\n    case x:\n        pass\n    case _:\n        pass\n",
]
for src in sources:
    try:
        compile(src, '<match>', 'exec')
        print('compiled fine')
    except SyntaxError as e:
        print(f'{e.msg} (line {e.lineno}, col {e.offset})')
