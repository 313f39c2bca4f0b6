names = ["boot.py", "main.py", "ota.py", "wifi.py", "config.json"]
sizes = {n: len(n) * 10 for n in names}
print(sizes)
inv = {v: k for k, v in sizes.items()}
print(inv)
sq = {i: i * i for i in range(12)}
print(sq)
