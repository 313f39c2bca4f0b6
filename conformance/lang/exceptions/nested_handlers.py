def load(path):
    try:
        if path.endswith(".json"):
            raise ValueError("bad json in " + path)
        raise OSError(2)
    except OSError as e:
        return "missing %s (errno %d)" % (path, e.errno)
for p in ("a.txt", "b.json"):
    try:
        print(load(p))
    except ValueError as e:
        print("outer:", e)
    finally:
        print("checked", p)
