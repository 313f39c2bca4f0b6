# Request headers kept in insertion order.
from collections import OrderedDict

h = OrderedDict()
h["Host"] = "api.github.com"
h["User-Agent"] = "ota-updater"
h["Accept"] = "application/json"
h["Connection"] = "close"
for k, v in h.items():
    print("%s: %s" % (k, v))
print(list(h), len(h))
del h["Accept"]
h["Accept"] = "*/*"
print(list(h.keys()))
print(h.pop("Connection"), list(h.values()))
print(h.popitem(), h)
print(type(h).__name__, h.get("Host"), h.get("X", "-"))
