# A lambda inside an f-string replacement field: the colon ends the expression
# in MicroPython's f-string parser, so the whole file fails to compile.
print("never printed")
print(f"{(lambda x: x * 2)(21)}")
