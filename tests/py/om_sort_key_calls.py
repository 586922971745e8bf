# sorted() calls the key once per element; comparisons use __lt__ only; min/max with key call it once per element too.
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        calls.append('lt')
        return self.v < o.v
def key(x):
    calls.append(x)
    return K(-x)
print(sorted([3, 1, 2], key=key), [c for c in calls if c != 'lt'], 'lt' in calls)
calls.clear()
print(max([5, 9, 7], key=lambda x: (calls.append(x), x)[1]), calls)
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
