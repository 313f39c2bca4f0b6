# Numbers: ints, big ints, floats as MicroPython prints them.
import json
doc = '[0, -1, 42, 123456789012345678901234567890, -98765432109876543210, 1.5, -0.25, 1e3, 2.5E-3, 1E+2, 0.1, 3.0]'
vals = json.loads(doc)
for v in vals:
    print("int" if isinstance(v, int) else type(v).__name__, v)
print(json.dumps(vals))
print(json.dumps([2**64, -2**40, 1/3, 1e22, 1e-7, 100.0]))
print(json.loads("1e400"), json.loads("-1e400"), json.loads("1e-400"))
