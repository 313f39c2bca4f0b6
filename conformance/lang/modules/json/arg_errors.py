# Argument errors.
import json
tests = [lambda: json.loads(), lambda: json.loads("1", "2"), lambda: json.loads(s="1"), lambda: json.loads(5),
         lambda: json.loads(None), lambda: json.dumps(), lambda: json.dumps(1, 2), lambda: json.dump(1),
         lambda: json.dumps(1, bad=3), lambda: json.load()]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
