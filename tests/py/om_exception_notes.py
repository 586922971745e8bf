# add_note attaches notes to exceptions (PEP 678); uncaught exceptions print them after the message.
import sys
e = KeyError('k')
e.add_note('while loading config')
e.add_note('second note')
print(e.__notes__, repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print('TypeError:', err)
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.add_note(f'code {code}')
try:
    raise AppError(7)
except AppError as err:
    print(err.args, err.__notes__)
err = AttributeError('missing', name='field', obj=[1])
print(err.name, err.obj, err.args, AttributeError('x').name, NameError('n', name='nm').name)
try:
    AttributeError('x', bogus=1)
except TypeError as te:
    print('TypeError:', te)
try:
    [].nope
except AttributeError as ae:
    print(ae.name, ae.obj)
sys.stdout.flush()
raise ValueError('final') from None
