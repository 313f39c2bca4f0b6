# String escapes both ways.
import json
s = 'quote " backslash \\ newline \n tab \t cr \r bell \x07 slash /'
enc = json.dumps(s)
print(enc)
print(json.loads(enc) == s)
print(json.loads('"\\u0041\\u00e9\\u20ac"'))
print(json.loads('"\\b\\f\\n\\r\\t\\"\\\\\\/"') == '\b\f\n\r\t"\\/')
print(json.dumps("caf\u00e9 \u20ac"))
print(json.loads(b'"caf\xc3\xa9"'))
print(len(json.loads('"\\u00e9"')))
