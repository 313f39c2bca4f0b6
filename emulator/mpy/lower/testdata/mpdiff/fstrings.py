# f-strings in the forms updater code uses, checked against MicroPython itself
x = 5
w = 6
p = 2
pi = 3.14159
name = "fw"
d = {'k': 1, "q": "v"}
a = [1, 2, 3]
print(f"{x}", f'{x!r}', f"{name!r}", f"{x:>10}|", f"{pi:{w}.{p}f}|")
print(f"{{literal}} {x}", f"{d['k']}", f"{d["q"]}", f"{a[1:2]}", f"{a[-1]}")
print(f"""multi
line {x} and {x +
1}""")
print(rf"\n{x}", fr'\t{name}', "a" f"{x}")
print(f"{x=}", f"{name=}", f"{name=!r}", f"{x=:>4}")
print(f"{ {1: 2}[1] }", f"{}", f"{x!=4}", f"{x if x else 0}")
print(f"ab\
c{x}")
print(f"{1_000:,}" if hasattr(str, "format") else "")
print(f"{name:s}" f"-{x:03d}-" '/' f"{pi:.1f}")
print(f"{b'x'}", f"{[i for i in range(3)]}", f"{(1, 2)}", f"{x,}")
s = "f'{x}' # not a comment"
print(s, 'it''s', f"{s}")
print(f'{{'') # MicroPython takes the quote after '{{' as text
print(f"a{{
")
