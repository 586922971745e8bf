# A singly linked list class: __iter__, __len__, __getitem__ with negative indices and slices, __reversed__, __repr__.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head, self.size = None, 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('LinkedList index out of range')
        for j, v in enumerate(self):
            if j == i:
                return v
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
ll = LinkedList('abcde')
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-2], list(reversed(ll)), 'c' in ll, ll == LinkedList('abcde'))
ll.push('z')
print(ll, ll[0], sorted(ll), max(ll), ''.join(ll))
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
