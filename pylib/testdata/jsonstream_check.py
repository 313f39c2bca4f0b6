# ota.jsonstream on real MicroPython (tools/mpref) and on ota-emu: the same output (jsonstream_check.exp).
from ota import jsonstream as js
import json
def t(s, stream=()):
    items = []
    try:
        v = js.parse(js.BytesReader(s.encode()).read, stream, lambda k, x: items.append((k, x)))
        print(repr(v), items)
    except ValueError as e:
        print('err', e)
t('{"a": [1, 2, {"b": "x\\u00e9\\ud83d\\ude00\\n"}], "files": [{"path": "a"}, {"path": "b"}], "n": -1.5e2, "t": true, "f": false, "z": null}', ('files',))
t('[1, 2')
t('{"a": 1} x')
t('"\\q"')
t('{"a" 1}')
t('  {"deep": ' + '[' * 20 + ']' * 20 + '}')
t('{}')
t('[]')
t('{"files": []}', ('files',))
