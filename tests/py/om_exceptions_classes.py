# Exception classes as objects: custom hierarchies with attributes, __init__ signatures, pickled-style args, add_note.
class HTTPError(Exception):
    def __init__(self, status, reason=''):
        super().__init__(status, reason)
        self.status, self.reason = status, reason
    def __str__(self):
        return f'{self.status} {self.reason}'.strip()
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, 'Not Found')
        self.path = path
class ServerError(HTTPError):
    pass
errs = [NotFound('/x'), ServerError(500, 'Internal'), HTTPError(418)]
for e in errs:
    try:
        raise e
    except NotFound as nf:
        print('not found', nf.path, nf, nf.args)
    except HTTPError as he:
        print('http', he.status, repr(str(he)), he.args, repr(he))
e = ValueError('with notes')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e))
class WithSlots(Exception):
    __slots__ = ()
print(repr(WithSlots('a', 1)), issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
try:
    try:
        raise NotFound('/a')
    except HTTPError as inner:
        raise ServerError(502, 'Bad Gateway') from inner
except ServerError as outer:
    print(outer, '<-', repr(outer.__cause__), outer.__cause__.path)
