versions = ["1.10.0", "1.2.0", "1.9.9", "0.9"]
print(sorted(versions))
print(sorted(versions, key=lambda v: tuple(int(x) for x in v.split("."))))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, reverse=True))
print(min(words), max(words))
print(sorted(words, key=len))
