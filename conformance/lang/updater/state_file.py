STATE_VERSION = 2
def encode(state):
    keys = sorted(state)
    return ";".join("%s=%s" % (k, state[k]) for k in keys)
def decode(text):
    out = {}
    for part in text.split(";"):
        if not part:
            continue
        k, _, v = part.partition("=")
        out[k] = int(v) if v.isdigit() else v
    return out
st = {"version": "1.2.3", "pending": "1.3.0", "attempts": 2, "state_v": STATE_VERSION}
text = encode(st)
print(text)
back = decode(text)
print(back == st, sorted(back.items()))
print(decode(""), decode("a=1;;b=x"))
back["attempts"] += 1
print(encode(back))
