print("a" in "abc")
print("" in "abc")
print("bc" in "abc")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
print("x" in ["x", "y"])
print("x" in ("xy",))
print("k" in {"k": 1})
