class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
for o in (Empty(), Truthy(), Falsy(), Plain()):
    print(type(o).__name__, bool(o), "yes" if o else "no")
print(len(Empty()))
