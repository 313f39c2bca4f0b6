# `raise ... from X` prints a warning each time it executes (chaining is not
# supported); `from None` does not.
import sys
for i in range(2):
    try:
        raise ValueError(i) from KeyError("cause")
    except ValueError as e:
        print("caught", e, hasattr(e, "__cause__"))
try:
    raise ValueError("quiet") from None
except ValueError as e:
    print("caught", e)
print("to stderr", file=sys.stderr)
raise RuntimeError("last") from OSError(5)
