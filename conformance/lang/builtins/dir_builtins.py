import builtins
names = ["abs", "all", "any", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "zip", "ascii", "format", "vars", "breakpoint", "aiter", "anext", "complex", "help", "__import__", "__build_class__"]
missing = [n for n in names if not hasattr(builtins, n)]
print("missing:", missing)
print(len(names) - len(missing), "present")
