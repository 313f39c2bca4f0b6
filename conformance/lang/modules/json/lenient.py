# MicroPython's parser treats ',' and ':' as whitespace and does not pair brackets.
import json
print(json.loads('[1 2 3]'))
print(json.loads('{"a" 1 "b" 2}'))
print(json.loads('[1, 2}'))
print(json.loads('{"a": [1, 2}]'))
print(json.loads(',,,5'))
print(json.loads('[1,,,2]'))
print(json.loads('{1: 2, null: 3, true: 4}') == {1: 2, None: 3, True: 4})
print(json.loads('{"k"}'))
print(json.loads(' \t\n[true]\r\n '))
