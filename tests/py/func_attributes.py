# Function objects: __name__, __qualname__, __doc__, __module__, custom attributes, __code__ basics.
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__doc__, (lambda: 0).__qualname__)
documented.tag = 'custom'
print(documented.tag, documented.__dict__)
print(documented.__code__.co_argcount, documented.__code__.co_varnames, documented.__code__.co_name)
class K:
    def meth(self):
        pass
print(K.meth.__qualname__, K().meth.__name__, K().meth.__self__.__class__.__name__, K().meth.__func__ is K.meth)
print(type(documented).__name__, type(K().meth).__name__, type(len).__name__, repr(len))
