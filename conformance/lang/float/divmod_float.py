print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(5.0 % 3, -5.0 % 3, 5.0 % -3)
print(1e16 + 1 - 1e16)
print(hasattr(2.5, "is_integer"), hasattr(1.0, "hex"), hasattr(1.0, "as_integer_ratio"))
