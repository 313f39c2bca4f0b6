cases = [
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: len(5),
    lambda: None(),
    lambda: [1][None],
    lambda: int([]),
    lambda: {}.get(),
    lambda: sorted([1, "a"]),
    lambda: iter(5),
    lambda: hash([]),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
