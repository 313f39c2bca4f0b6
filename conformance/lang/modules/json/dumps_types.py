# What dumps prints for every type: tuples become lists, bytes become strings,
# non-string keys are quoted, other objects print their repr.
import json
print(json.dumps((1, 2, (3,))))
print(json.dumps(b"raw bytes"))
print(json.dumps({1: "one"}))
print(json.dumps({(1, 2): "pair"}))
print(json.dumps({True: 1}))
print(json.dumps({None: 0}))
print(json.dumps({2.5: "x"}))
print(json.dumps(bytearray(b"ba")))
print(json.dumps({"s": {3}}))
class Version:
    def __repr__(self):
        return "Version(1, 2)"
print(json.dumps({"v": Version()}))
print(json.dumps(range(2)))
print(json.dumps(float("inf")), json.dumps(-float("inf")))
