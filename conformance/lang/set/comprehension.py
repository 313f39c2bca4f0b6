words = ["ota", "OTA", "Flash", "flash", "boot"]
print({w.lower() for w in words})
print(sorted({len(w) for w in words}))
evens = {x for x in range(20) if x % 2 == 0}
print(evens)
print(len(evens), 10 in evens)
