# Exceptions raised inside dunder methods propagate unchanged from operators, len(), iteration, hashing and repr.
class Boom:
    def __len__(self):
        raise RuntimeError('len failed')
    def __iter__(self):
        raise KeyError('iter failed')
    def __hash__(self):
        raise ValueError('hash failed')
    def __add__(self, o):
        raise ArithmeticError('add failed')
    def __repr__(self):
        raise LookupError('repr failed')
    def __bool__(self):
        raise IndexError('bool failed')
b = Boom()
for label, action in [('len', lambda: len(b)), ('list', lambda: list(b)), ('hash', lambda: {b: 1}), ('add', lambda: b + 1),
                      ('repr', lambda: repr([b])), ('if', lambda: 1 if b else 0), ('in', lambda: 1 in b), ('str', lambda: str(b))]:
    try:
        action()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
