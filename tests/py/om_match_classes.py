# match with class patterns on user classes, dataclasses and builtins; __match_args__, guards, nested patterns.
from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int
@dataclass
class Say:
    text: str
@dataclass
class Batch:
    cmds: list
class Quit:
    pass
def run(cmd):
    match cmd:
        case Move(0, 0):
            return 'stay'
        case Move(dx, 0) if dx > 0:
            return f'right {dx}'
        case Move(dx=dx, dy=dy):
            return f'move {dx},{dy}'
        case Say(text=str(t)) if t.endswith('?'):
            return f'ask {t}'
        case Say(t):
            return f'say {t}'
        case Batch([first, *rest]):
            return f'batch starting with {run(first)} (+{len(rest)})'
        case Batch([]):
            return 'empty batch'
        case Quit():
            return 'quit'
        case int(n) | float(n):
            return f'number {n}'
        case {'cmd': 'say', 'text': t}:
            return f'dict say {t}'
        case _:
            return f'unknown {type(cmd).__name__}'
for c in [Move(0, 0), Move(3, 0), Move(-1, 2), Say('hi?'), Say('hi'), Batch([Say('a'), Quit()]), Batch([]), Quit(), 7, 2.5,
          {'cmd': 'say', 'text': 'yo', 'extra': 1}, 'str']:
    print(run(c))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(x):
            pass
except TypeError as e:
    print('TypeError:', e)
