def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), OSError(5), TypeError("t")):
    print(classify(exc))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OSError, Exception), issubclass(StopIteration, Exception))
