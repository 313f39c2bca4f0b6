def walk(n):
    return walk(n + 1)
try:
    walk(0)
except RuntimeError as e:
    print("RuntimeError:", e)
print("survived")
