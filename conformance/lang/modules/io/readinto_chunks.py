# Copy a firmware image in fixed chunks with readinto and a memoryview.
import io

src = io.BytesIO(bytes(range(40)))
buf = bytearray(16)
mv = memoryview(buf)
dst = io.BytesIO()
total = 0
while True:
    n = src.readinto(buf)
    if not n:
        break
    dst.write(mv[:n])
    total += n
    print("chunk", n, buf[0], buf[n - 1])
print(total, dst.getvalue() == bytes(range(40)))
src.seek(4)
print(src.readinto(buf, 3), bytes(buf[:3]))
print(src.readinto(bytearray(0)))
