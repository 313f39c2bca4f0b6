print(7 + 3, 7 - 10, 7 * 6, 7 / 2, 7 // 2, 7 % 3)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3)
print(2 ** 10, 2 ** 0, (-2) ** 3, 2 ** -1)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-5), abs(0), -(-3))
print(10 / 5, type(10 / 5).__name__)
print(0 == -0, 1 == 1.0, 3 != 3.0)
print(1 < 2 < 3, 3 > 2 > 2)
x = 5
x += 2
x *= 3
x -= 1
x //= 4
x **= 2
print(x)
