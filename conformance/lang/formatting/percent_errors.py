cases = [
    ("%d", "x"),
    ("%s %s", ("one",)),
    ("%s", ("a", "b")),
    ("%z", 1),
    ("%d", None),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
