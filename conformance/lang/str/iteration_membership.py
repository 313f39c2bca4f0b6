word = "updater"
for ch in word:
    print(ch, end=" ")
print()
for i, ch in enumerate(word):
    if ch in "aeiou":
        print(i, ch)
print("".join(reversed(word)))
print([c for c in word if c > "p"])
print(sum(1 for c in word if c == "e"))
