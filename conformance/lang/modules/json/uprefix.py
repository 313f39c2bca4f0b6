# Old code imports ujson.
import ujson
import json
print(ujson.dumps({"a": [1, 2]}))
print(ujson.loads('{"b": null}'))
print(ujson.dumps is json.dumps)
