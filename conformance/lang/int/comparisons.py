vals = [3, -1, 0, 2 ** 40, -(2 ** 40), 7]
print(sorted(vals))
print(max(vals), min(vals))
print(0 < 1, 1 <= 1, 2 > 3, 2 >= 2)
print(1 == True, 0 == False, 2 == True)
print(True + True, True * 3, False - 1)
print(5 == 5.0, 5 < 5.5, -1 < -0.5)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0))
