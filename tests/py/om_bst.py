# A binary search tree class: insert, contains, delete (all three cases), in-order iteration, height, __len__.
class BST:
    class _Node:
        __slots__ = ('key', 'left', 'right')
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self, keys=()):
        self.root, self.size = None, 0
        for k in keys:
            self.add(k)
    def add(self, key):
        def ins(n):
            if n is None:
                self.size += 1
                return self._Node(key)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            return n
        self.root = ins(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def remove(self, key):
        def rm(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rm(n.left, key)
            elif key > n.key:
                n.right = rm(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                s = n.right
                while s.left:
                    s = s.left
                n.key = s.key
                n.right = rm(n.right, s.key)
            return n
        self.root = rm(self.root, key)
        self.size -= 1
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __len__(self):
        return self.size
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height(), 35 in t, 36 in t)
for k in [20, 30, 50]:
    t.remove(k)
    print('removed', k, list(t), len(t), t.root.key)
try:
    t.remove(999)
except KeyError as e:
    print('KeyError:', e)
