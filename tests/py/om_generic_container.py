# A typed container class with __class_getitem__ via Generic, runtime checks, iteration and equality.
from typing import Generic, TypeVar, Iterator
K = TypeVar('K')
V = TypeVar('V')
class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self._items: dict = {}
    def register(self, key: K, value: V) -> 'Registry[K, V]':
        if key in self._items:
            raise KeyError(f'{key!r} already registered')
        self._items[key] = value
        return self
    def __getitem__(self, key: K) -> V:
        return self._items[key]
    def __iter__(self) -> Iterator[K]:
        return iter(self._items)
    def __len__(self) -> int:
        return len(self._items)
    def __repr__(self) -> str:
        return f'Registry({self._items})'
reg: Registry[str, int] = Registry[str, int]()
reg.register('a', 1).register('b', 2)
print(reg, len(reg), list(reg), reg['b'], Registry[str, int], type(reg).__name__)
try:
    reg.register('a', 3)
except KeyError as e:
    print('KeyError:', e)
