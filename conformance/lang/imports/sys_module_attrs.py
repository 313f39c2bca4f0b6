import sys
print(sys.implementation.name)
print(sys.implementation.version[:2] >= (1, 20))
print(type(sys.modules).__name__)
print(sys.argv)
print(sys.byteorder)
print(isinstance(sys.path, list), "" in sys.path, "/lib" in sys.path)
print(hasattr(sys, "exit"), hasattr(sys, "print_exception"))
print(sys.maxsize > 0)
