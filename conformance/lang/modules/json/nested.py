# Deep nesting: parsing is not recursive; dumps is bounded like MicroPython's C stack.
import json
doc = "[" * 500 + "]" * 500
v = json.loads(doc)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth + 1)
x = []
for i in range(300):
    x = [x]
s = json.dumps(x)
print(len(s), s[:5], s[-5:])
y = []
for i in range(6000):
    y = [y]
try:
    json.dumps(y)
except RuntimeError as e:
    print("RuntimeError", e)
tree = json.loads('{"a": {"b": {"c": {"d": [1, {"e": null}]}}}}')
print(tree["a"]["b"]["c"]["d"][1])
