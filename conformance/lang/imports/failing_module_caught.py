import sys
try:
    import failing_mod
except RuntimeError as e:
    print("RuntimeError:", e)
print("failing_mod" in sys.modules)
try:
    import failing_mod
except RuntimeError as e:
    print("again:", e)
