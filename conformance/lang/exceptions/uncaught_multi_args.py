raise ValueError("bad", 42, [1])
