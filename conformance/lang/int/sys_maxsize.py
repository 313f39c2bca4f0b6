import sys
print(sys.maxsize > 2 ** 30)
print(type(sys.maxsize).__name__)
print(sys.maxsize + 1 > sys.maxsize)
print(-sys.maxsize - 1 < 0)
