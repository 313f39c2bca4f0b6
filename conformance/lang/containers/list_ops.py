a = [1, 2]
b = [3]
print(a + b, a * 2, [0] * 3, [] * 5)
a += b
print(a)
a *= 2
print(a)
print(3 in a, 9 not in a)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [] < [0])
print(len([[]]), [[]] == [[]])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
