L = [1, 2, 3]
for action in ("index", "remove", "pop", "item"):
    try:
        if action == "index":
            L.index(9)
        elif action == "remove":
            L.remove(9)
        elif action == "pop":
            [].pop()
        else:
            L[5]
    except (ValueError, IndexError) as e:
        print(action, type(e).__name__, e)
print(L[-1], L[-3])
