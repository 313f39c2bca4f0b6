def f(a, b):
    return a + b
for call in ("few", "many", "kw", "dup"):
    try:
        if call == "few":
            f(1)
        elif call == "many":
            f(1, 2, 3)
        elif call == "kw":
            f(1, c=2)
        else:
            f(1, a=2)
    except TypeError as e:
        print(call, "TypeError:", e)
