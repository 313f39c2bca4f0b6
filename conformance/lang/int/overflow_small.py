n = 1
steps = []
for i in range(70):
    n *= 2
    if i % 10 == 9:
        steps.append(n)
print(steps)
m = 2 ** 62 + 2 ** 62
print(m, m - 1)
print(-2 ** 63, -(2 ** 63) - 1)
print(1073741823 + 1, 2147483647 + 1, -1073741824 - 1)
print((2 ** 31) * (2 ** 31), 0x7FFFFFFF * 3)
print(abs(-(2 ** 80)) // 2 ** 79)
