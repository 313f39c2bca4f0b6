def risky(n):
    return [1, 2][n]
results = []
for n in (0, 5, "x"):
    try:
        results.append(risky(n))
    except:
        results.append("err")
print(results)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
