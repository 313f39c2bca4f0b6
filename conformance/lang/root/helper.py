# A module beside main.py, found through sys.path's '' entry.
WHERE = "root"


def greet(name):
    return "hello " + name
