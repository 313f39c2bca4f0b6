# Compact output with separators, as updaters do to save flash.
import json
data = {"v": "0.3", "ok": [1, 2, 3], "meta": {"n": None}}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], separators=(", ", ": ")))
print(json.dumps({"a": 1}, separators=None))
for kw in [{"sort_keys": True}, {"indent": 2}, {"separators": (",",)}, {"separators": ","}]:
    try:
        print(json.dumps(data, **kw))
    except Exception as e:
        print(type(e).__name__, e)
