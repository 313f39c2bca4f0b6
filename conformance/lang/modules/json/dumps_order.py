# json.dumps follows MicroPython's dict order (the hash table), not insertion order.
import json
state = {}
for k in ["version", "pending", "attempts", "last_error", "boot_count", "url"]:
    state[k] = None
print(json.dumps(state))
d = json.loads('{"z": 1, "y": 2, "x": 3, "w": 4, "version": "1.0", "hash": "ab"}')
print(d)
print(json.dumps(d))
print(list(d))
