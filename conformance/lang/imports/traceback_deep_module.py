import deepcall
def handler(key):
    return deepcall.level1(key)
print(handler("a"))
print(handler("b"))
