print("a-b-c".replace("-", "+"))
print("a-b-c".replace("-", "", 1))
print("aaa".replace("a", "bb"))
print("abc".replace("", "-"))
print("".join(["x", "y", "z"]))
print(", ".join(("one", "two")))
print("/".join(["", "lib", "ota.py"]))
print("-".join("abc"))
print("\n".join(str(i) for i in range(3)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError")
