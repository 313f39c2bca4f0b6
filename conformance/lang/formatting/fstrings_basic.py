name = "ota"
ver = (1, 2, 3)
size = 2048
print(f"{name}")
print(f"{name} v{ver[0]}.{ver[1]}.{ver[2]}")
print(f"{size / 1024:.1f} KiB")
print(f"{size:>8}|{size:<8}|{size:^8}|")
print(f"{name!r} {name!s}")
print(f"{'quoted'} {len(name)} {name.upper()}")
print(f"{{braces}} {{{name}}}")
print(f"{size:#x} {size:08b}")
print(f"sum={1 + 2} list={[1, 2][1]} dict={ {'k': 'v'}['k'] }")
