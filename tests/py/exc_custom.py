# User-defined exceptions: inheritance, extra attributes, __str__ override, catching by base.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key, self.problem = key, problem
    def __str__(self):
        return f'config {self.key!r}: {self.problem}'
class Retry(AppError):
    code = 503
for exc in [AppError('plain'), ConfigError('port', 'not a number'), Retry()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, repr(e), getattr(e, 'code', None))
try:
    raise ConfigError('x', 'y')
except Exception as e:
    print(isinstance(e, AppError), isinstance(e, ConfigError), e.key)
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('a')), str(WithRepr('a')))
raise ConfigError('timeout', 'must be positive')
