a = 2 ** 64
print(a, a - 1, a + 1)
print(a * a)
print(a // 3, a % 1000007)
print(-a, abs(-a))
print(10 ** 30)
print(int("123456789012345678901234567890") + 1)
print(hex(2 ** 70), bin(2 ** 65))
print(2 ** 100 > 2 ** 99, 2 ** 64 == 18446744073709551616)
print((2 ** 64).bit_length() if hasattr(0, "bit_length") else "no bit_length")
f = 1
for i in range(1, 26):
    f *= i
print(f)
print(1 << 100 >> 98)
