# A reusable, re-entrant context manager class and one that is single-use; __exit__ return values.
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
        return False
    def say(self, text):
        print('    ' * self.level + text)
ind = Indent()
ind.say('level 0')
with ind:
    ind.say('level 1')
    with ind:
        ind.say('level 2')
    ind.say('back to 1')
ind.say('back to 0')
class Once:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError('Once can only be entered once')
        self.used = True
        return 'entered'
    def __exit__(self, et, ev, tb):
        print('exit with', et and et.__name__)
        return et is ZeroDivisionError
o = Once()
with o as v:
    print(v)
    1 // 0
try:
    with o:
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
