items = ["a", "b", "c"]
print(items[1])
print(items[1.0])
