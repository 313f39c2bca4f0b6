n = 1000
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"))
print(int.from_bytes(n.to_bytes(4, "big"), "big"))
print(hasattr(n, "bit_length"), hasattr(n, "conjugate"), hasattr(n, "real"))
print((255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
    print("no error")
except OverflowError as e:
    print("OverflowError:", e)
print((-1).to_bytes(2, "big", True) if True else "")
