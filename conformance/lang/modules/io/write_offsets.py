import io

b = io.BytesIO()
data = b"0123456789"
print(b.write(data, 3))
print(b.write(data, 5, 2))
print(b.write(data, 8, 100))
print(b.write(data, 50, 2))
print(b.write(data, 0))
print(b.getvalue())
