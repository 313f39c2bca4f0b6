print(r"\n raw", b"bytes", rb"\x00", br"\d", f"f{1}", u"unicode")
print(len(r"\n"), len("\n"), len(rb"\x00"))
print("con" "cat", b"by" b"tes")
# Upper-case prefixes are rejected by MicroPython's lexer.
for src in ("R'x'", "B'x'", "Rb'x'", "F'{1}'", "U'x'", "rB'x'"):
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, "SyntaxError:", e)
