# TypeError messages for wrong calls.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
class C:
    def m(self, x):
        pass
for call in ['f(1)', 'f()', 'f(1, 2, 3)', 'f(1, c=2)', 'f(1, a=2)', 'g()', 'g(1)', 'g(1, 2, 3, c=4)', 'h(1)',
             'h(x=1)', 'C().m()', 'C().m(1, 2)', 'C.m(1)', '(5)()', '"abc"()', 'f(*None)', 'f(**None)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
