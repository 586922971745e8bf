# Exception args, str and repr for zero, one and many arguments; KeyError repr quirk.
for e in [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('key'), KeyError(), KeyError(1, 2),
          OSError(2, 'No such file'), Exception(None), IndexError([1]), StopIteration(7), SystemExit(3)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, 'No such file or directory', 'x.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, type(OSError(2, 'x')).__name__)
e = FileNotFoundError(2, 'No such file or directory')
print(e.errno, isinstance(e, OSError), str(e))
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err)
try:
    {}['missing']
except KeyError as err:
    print(str(err), err.args)
err = ValueError('x')
err.note = 'custom attr'
print(err.note, err.__traceback__, err.__cause__, err.__context__, err.__suppress_context__)
