s = "température 25°C"
b = s.encode()
print(len(s), len(b))
print(b)
print(b.decode() == s)
print("€".encode("utf-8"))
print(b"\xe2\x82\xac".decode("utf-8"))
print(str(b"abc", "utf-8"))
print(repr("naïve"))
import builtins
print(hasattr(builtins, "ascii"), hasattr(builtins, "repr"))
print(ord("é"), chr(233), chr(0x20ac))
print("é" in s, "°" in s)
