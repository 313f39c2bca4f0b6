x = 41
print(f"{x + 1=}")
print(f"{x=}")
