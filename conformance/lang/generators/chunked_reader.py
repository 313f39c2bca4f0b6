def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
payload = b"abcdefghijklmnopqrstuvw"
for n, c in enumerate(chunks(payload, 5)):
    print(n, c)
print(b"".join(chunks(payload, 7)) == payload)
def lines(stream):
    buf = b""
    for chunk in stream:
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            yield line
    if buf:
        yield buf
print(list(lines([b"ab\ncd", b"ef\n", b"\ngh"])))
