version = (1, 2, 3)
print(version)
version[0] = 2
print(version)
