# callable() of functions, classes, instances with and without __call__, builtins and methods.
class Plain:
    pass
class Call:
    def __call__(self, x):
        return x * 2
print(callable(len), callable(print), callable(Plain), callable(Plain()), callable(Call()), Call()(21))
print(callable(lambda: 0), callable(5), callable('s'), callable(str.upper), callable([].append), callable(None))
try:
    Plain()()
except TypeError as e:
    print('TypeError:', e)
