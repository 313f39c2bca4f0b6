def letters():
    yield from "abc"
for i, (n, c) in enumerate(zip(range(10, 13), letters())):
    print(i, n, c)
print(list(zip(letters(), letters())))
print(list(map(lambda a, b: a + b, letters(), "xyz")))
