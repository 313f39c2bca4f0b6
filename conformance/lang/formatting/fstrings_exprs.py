files = ["boot.py", "main.py"]
total = 1536
print(f"{len(files)} files: {', '.join(files)}")
print(f"{total // 1024}K {total % 1024}B")
print(f"{'yes' if total > 1000 else 'no'}")
print(f"{total=}" if False else "no self-doc")
x = 5
print(f"{x * x} {x ** 3} {-x} {x > 3}")
print(f"{[i * i for i in range(4)]}")
print(f"{dict(a=1)}")
print(f"{None} {True} {b'b'} {1.5}")
print(f"a" f"b" "c" f"{x}")
