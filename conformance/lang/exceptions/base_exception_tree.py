names = ["ArithmeticError", "AssertionError", "AttributeError", "EOFError", "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError", "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError", "ValueError", "ZeroDivisionError", "UnicodeError", "KeyboardInterrupt", "GeneratorExit", "IndentationError", "TimeoutError", "ConnectionError", "FileNotFoundError", "PermissionError", "RecursionError", "ModuleNotFoundError"]
import builtins
for n in names:
    cls = getattr(builtins, n, None)
    if cls is None:
        print(n, "missing")
    else:
        print(n, [b.__name__ for b in (Exception, LookupError, ArithmeticError, OSError, ValueError) if issubclass(cls, b)])
