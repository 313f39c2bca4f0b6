import sys
def fail():
    raise ValueError("logged not fatal")
try:
    fail()
except ValueError as e:
    sys.print_exception(e)
print("continuing")
try:
    raise OSError(5)
except OSError as e:
    sys.print_exception(e, sys.stdout)
print("end")
