# Objects built from **kwargs and converted back: __init__ with keyword-only config, to_dict/from_dict round trip.
class Config:
    DEFAULTS = {'host': 'localhost', 'port': 8080, 'debug': False}
    def __init__(self, **overrides):
        unknown = set(overrides) - set(self.DEFAULTS)
        if unknown:
            raise TypeError(f'unknown options: {sorted(unknown)}')
        for k, v in {**self.DEFAULTS, **overrides}.items():
            setattr(self, k, v)
    def to_dict(self):
        return {k: getattr(self, k) for k in self.DEFAULTS}
    @classmethod
    def from_dict(cls, d):
        return cls(**d)
    def __repr__(self):
        changed = {k: v for k, v in self.to_dict().items() if v != self.DEFAULTS[k]}
        return f'Config({", ".join(f"{k}={v!r}" for k, v in changed.items())})'
c = Config(port=9000, debug=True)
print(c, c.to_dict(), Config.from_dict(c.to_dict()).to_dict() == c.to_dict(), Config())
try:
    Config(prot=1, hots='x')
except TypeError as e:
    print('TypeError:', e)
