rows = [("boot.py", 512, "ok"), ("main.py", 10240, "updated"), ("lib/ota.py", 3, "new")]
print("%-12s %8s %s" % ("file", "size", "state"))
print("-" * 30)
for name, size, state in rows:
    print("%-12s %8d %s" % (name, size, state))
print("{:<12} {:>8} {}".format("total", sum(r[1] for r in rows), len(rows)))
for name, size, _ in rows:
    print(f"{name:.<20}{size:.>10}")
