text = "the quick brown fox jumps over the lazy dog"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    if counts[ch] > 1:
        print(ch, counts[ch])
print(len(counts))
print(text.count("the"), text.title() if hasattr(text, "title") else "no title")
