async def worker(n):
    return n * 2
co = worker(3)
print(type(co).__name__)
try:
    co.send(None)
except StopIteration as e:
    print("result", e.args[0] if e.args else None)
