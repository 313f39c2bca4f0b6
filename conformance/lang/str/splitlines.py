text = "line1\nline2\r\nline3\n\nline5"
print(text.splitlines())
print("".splitlines())
print("one\n".splitlines())
print("a\rb".splitlines())
print(text.splitlines(True) if True else "")
count = 0
for ln in text.splitlines():
    if ln:
        count += 1
print(count)
