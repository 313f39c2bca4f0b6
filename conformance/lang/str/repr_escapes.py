for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x01\x7f", "back\\slash", "\r"]:
    print(repr(s))
print(repr("\u00e9\u4e2d"))
print(str("\u00e9"))
print(repr(["a", 'b"c', "d'e"]))
