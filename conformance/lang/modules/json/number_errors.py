# Malformed numbers raise MicroPython's number parser errors.
import json
for doc in ["-", "1-2", "--1", "1.5e", "1e", "1.2.3", "[1e5e5]", "1+", ".5", "+1", "0x10"]:
    try:
        print(repr(doc), json.loads(doc))
    except ValueError as e:
        print(repr(doc), "ValueError:", e)
