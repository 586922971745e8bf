# Class attributes shared across instances, shadowing by assignment, mutation through a subclass.
class Config:
    defaults = {'debug': False}
    retries = 3
class Dev(Config):
    pass
a, b = Config(), Dev()
a.retries = 5
print(a.retries, b.retries, Config.retries, Dev.retries)
Dev.retries = 10
print(Config.retries, Dev.retries, b.retries)
b.defaults['debug'] = True
print(Config.defaults, a.defaults is Config.defaults)
Dev.defaults = {'debug': 'dev-only'}
print(Config.defaults, Dev.defaults)
del Dev.retries
print(Dev.retries)
try:
    del Dev.retries
except AttributeError as e:
    print('AttributeError:', e)
Config.new_method = lambda self: 'added to base after subclassing'
print(b.new_method())
