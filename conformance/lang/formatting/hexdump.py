data = bytes(range(0x41, 0x41 + 20)) + b"\x00\x01\xff"
for off in range(0, len(data), 8):
    chunk = data[off:off + 8]
    hexpart = " ".join("%02x" % b for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print("%04x  %-23s  %s" % (off, hexpart, text))
