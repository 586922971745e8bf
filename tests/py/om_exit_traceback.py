# __exit__ receives the exception type, value and traceback; its return value decides suppression.
class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        line = tb.tb_lineno if tb is not None else None
        print('exit', et.__name__ if et else None, ev, type(tb).__name__, line, tb is not None and tb.tb_frame.f_code.co_name)
        return self.swallow
def work():
    with CM(True):
        raise KeyError('inside')
    with CM(False):
        pass
    return 'done'
print(work())
try:
    with CM(False):
        1 / 0
except ZeroDivisionError as e:
    print('propagated', e, e.__traceback__ is not None)
with CM(0):
    pass
class Truthy:
    def __bool__(self):
        return True
class CM2(CM):
    def __exit__(self, *a):
        return Truthy()
with CM2(None):
    raise ValueError('swallowed by truthy object')
print('after truthy')
