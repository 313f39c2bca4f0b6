# unsupported syntax and bad arguments raise what MicroPython raises
import re

for p in ("*", "a**", "+a", "?", "(a", "((a)", "[ab", "a\\", "a)", "(a))", "|*", "^*", "$+", "a" * 130 + "|b", "[" + "a" * 130 + "]", "(a)" * 64, "(a)" * 63):
    try:
        re.compile(p)
        print(len(p), "ok")
    except ValueError as e:
        print(len(p), "ValueError:", e)
m = re.match(r"(a)(b)?", "ab")
for f in (lambda: m.group(), lambda: m.group(3), lambda: m.group(-1), lambda: m.group("1"), lambda: m.groups(), lambda: m.span(),
          lambda: re.match("a"), lambda: re.match(1, "a"), lambda: re.match("a", 1), lambda: re.match("a", bytearray(b"a")),
          lambda: re.sub("a", None, "a"), lambda: re.sub("(a)", r"\3", "a"), lambda: re.sub("a", "b"), lambda: re.compile("a").split(),
          lambda: re.compile("(a)").split("xax"), lambda: re.compile("a").match("a", "0"), lambda: re.search("a", "a", x=1), lambda: re.split):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(m, re.match("(a)(b)(c)?", "abx"), type(m).__name__, type(re.compile("")).__name__)
