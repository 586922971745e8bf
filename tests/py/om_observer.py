# Observer pattern: bound methods as callbacks, unsubscribing, events with keyword payloads.
class Event:
    def __init__(self, name):
        self.name, self.handlers = name, []
    def subscribe(self, fn):
        self.handlers.append(fn)
        return fn
    def unsubscribe(self, fn):
        self.handlers.remove(fn)
    def emit(self, **payload):
        return [h(self.name, **payload) for h in list(self.handlers)]
class Logger:
    def __init__(self, prefix):
        self.prefix, self.lines = prefix, []
    def on_event(self, name, **kw):
        line = f'{self.prefix}{name} {sorted(kw.items())}'
        self.lines.append(line)
        return line
saved = Event('saved')
a, b = Logger('A:'), Logger('B:')
saved.subscribe(a.on_event)
saved.subscribe(b.on_event)
@saved.subscribe
def counter(name, **kw):
    counter.calls = getattr(counter, 'calls', 0) + 1
    return f'counter {counter.calls}'
print(saved.emit(id=1, user='ann'))
saved.unsubscribe(b.on_event)
print(saved.emit(id=2))
print(a.lines, b.lines)
try:
    saved.unsubscribe(b.on_event)
except ValueError as e:
    print('ValueError:', e)
