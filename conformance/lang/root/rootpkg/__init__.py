from .mod import value

print("rootpkg init")
