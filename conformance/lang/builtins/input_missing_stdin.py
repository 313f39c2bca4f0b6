import sys
print(hasattr(sys, "stdin"), hasattr(sys.stdin, "read"))
print(callable(input))
