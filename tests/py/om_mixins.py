# Mixin classes combined with multiple inheritance: method resolution and cooperative calls.
class JsonMixin:
    def to_json(self):
        items = ', '.join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return '{' + items + '}'
class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
class LogMixin:
    def save(self):
        print(f'LogMixin.save {type(self).__name__}')
        return super().save()
class Model:
    def save(self):
        print('Model.save')
        return 'saved'
class User(LogMixin, JsonMixin, CompareMixin, Model):
    def __init__(self, name, age):
        self.name, self.age = name, age
u = User('ann', 31)
print(u.to_json(), u == User('ann', 31), u < User('bob', 1), u.save())
print([k.__name__ for k in User.__mro__])
print(sorted([User('zed', 1), User('amy', 9)], key=lambda x: x.name)[0].name)
