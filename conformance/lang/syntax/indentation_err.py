def ok():
    return 1
print(ok())
def broken():
    x = 1
      y = 2
    return x
