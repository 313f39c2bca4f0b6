x = 10
x += 5; x -= 3; x *= 2; x //= 5; x %= 3; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xF; x ^= 0b11
print(x)
s = "a"
s += "b"
s *= 2
print(s)
L = [1]
L += (2, 3)
L *= 2
print(L)
d = {"n": 0}
d["n"] += 1
print(d)
t = (1,)
t += (2,)
print(t)
