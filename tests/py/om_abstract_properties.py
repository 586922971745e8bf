# Abstract properties and classmethods; partial implementations; abstract base with concrete template method.
from abc import ABC, abstractmethod
class Storage(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...
    def describe(self):
        return f'storage {self.name!r} of type {type(self).__name__}'
class Memory(Storage):
    @property
    def name(self):
        return 'mem'
    @classmethod
    def create(cls):
        return cls()
class Half(Storage):
    @property
    def name(self):
        return 'half'
print(Memory.create().describe(), sorted(Storage.__abstractmethods__), sorted(Half.__abstractmethods__), Memory.__abstractmethods__)
try:
    Half()
except TypeError:
    print('Half cannot be instantiated')
