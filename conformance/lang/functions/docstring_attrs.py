def documented(x):
    """Return x doubled."""
    return x * 2
print(documented(4))
print(hasattr(documented, "__doc__"))
print(documented.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
class K:
    def meth(self):
        pass
print(K.meth.__name__, K().meth.__name__)
