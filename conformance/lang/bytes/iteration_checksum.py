payload = b"The OTA payload bytes\x00\xff"
s = 0
for b in payload:
    s = (s + b) & 0xFFFF
print(s)
x = 0
for b in payload:
    x ^= b
print(x)
print(sum(payload) % 256)
print(len(payload), payload.count(b"\x00"))
crc = 0xFFFF
for b in payload:
    crc ^= b << 8
    for _ in range(8):
        crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
print(hex(crc))
