# repr of self-referencing containers and objects whose __repr__ recurses into containers.
a = [1, 2]
a.append(a)
d = {'k': 1}
d['self'] = d
t = ([],)
t[0].append(t)
print(a, d, t)
class Node:
    def __init__(self, v):
        self.v, self.children = v, []
    def __repr__(self):
        return f'Node({self.v}, {self.children})'
root = Node('root')
root.children.append(Node('leaf'))
root.children.append(Node('mid'))
root.children[1].children.append(Node('deep'))
print(root)
s = set()
print(repr(s), repr(set([1])), repr(frozenset()), repr([[]]), repr({1: {}}), repr(((1,),)))
