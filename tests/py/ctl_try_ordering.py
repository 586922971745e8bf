# try/except/else/finally execution order in every combination.
def run(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('v')
        if mode == 'other':
            raise KeyError('k')
    except ValueError:
        log.append('except ValueError')
    except (KeyError, IndexError) as e:
        log.append('except tuple ' + type(e).__name__)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
for m in ['ok', 'raise', 'other']:
    print(m, run(m))
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
def reraise():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, then re-raise')
        raise
try:
    reraise()
except ValueError as e:
    print('caught again:', e)
try:
    raise IndexError
except Exception as e:
    print('bare class raise:', repr(e))
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
