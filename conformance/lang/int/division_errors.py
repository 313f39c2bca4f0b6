for a, b in ((1, 0), (1.0, 0), (5, 0.0)):
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError:", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
