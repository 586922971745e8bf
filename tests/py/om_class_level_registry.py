# Class-level registries via decorators with arguments and via a base class; lookups and duplicate errors.
HANDLERS = {}
def handles(*kinds):
    def deco(cls):
        for k in kinds:
            if k in HANDLERS:
                raise ValueError(f'{k!r} already handled by {HANDLERS[k].__name__}')
            HANDLERS[k] = cls
        cls.kinds = kinds
        return cls
    return deco
@handles('png', 'jpg')
class ImageHandler:
    def handle(self, name):
        return f'image {name}'
@handles('txt')
class TextHandler:
    def handle(self, name):
        return f'text {name}'
try:
    @handles('txt')
    class Other:
        pass
except ValueError as e:
    print('ValueError:', e)
for f in ['a.png', 'b.txt', 'c.jpg', 'd.exe']:
    ext = f.rsplit('.', 1)[1]
    h = HANDLERS.get(ext)
    print(f, '->', h().handle(f) if h else 'no handler')
print(sorted(HANDLERS), ImageHandler.kinds)
