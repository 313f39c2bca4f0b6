doc = """first line
second line
    indented"""
print(doc)
print(len(doc.splitlines()))
raw = r"C:\new\table"
print(raw, len(raw))
joined = ("part one, "
          "part two, "
          "part three")
print(joined)
print('single' "double" '''triple''')
print("esc: \\n \t|")
print("\x41\x42\u0043\101")
