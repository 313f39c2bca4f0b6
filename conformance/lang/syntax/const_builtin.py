# const is usable without an import in MicroPython
X = const(42)
print(X)
