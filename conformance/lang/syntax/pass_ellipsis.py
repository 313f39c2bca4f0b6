def todo():
    pass
class Empty:
    ...
print(todo(), Empty.__name__, ...)
print(Ellipsis is ..., type(...).__name__)
if True:
    pass
print("done")
