for v in (3.7, -3.7, 0.9999, 1e10, -0.5):
    print(v, int(v), round(v))
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(2.0 ** 60))
