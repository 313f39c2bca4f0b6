words = "ota update ota rollback update ota flash boot".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
for w in sorted(counts, key=lambda w: (-counts[w], w)):
    print(w, counts[w])
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
