cache = {}
cache["a"] = 1
key = ["list", "key"]
cache[key] = 2
print(cache)
