# Build and parse a ustar header with struct, as tar-based updaters do.
import struct
def octal(n, width):
    return ("%0*o" % (width - 1, n)).encode() + b"\0"
name = b"app/main.py"
fmt = "<100s8s8s8s12s12s8s1s100s6s2s"
hdr = struct.pack(fmt, name, octal(0o644, 8), octal(0, 8), octal(0, 8), octal(1234, 12), octal(0, 12), b" " * 8, b"0", b"", b"ustar", b"00")
hdr += b"\0" * (512 - len(hdr))
print(len(hdr), struct.calcsize(fmt))
chk = sum(hdr)
hdr = hdr[:148] + ("%06o\0 " % chk).encode() + hdr[156:]
fields = struct.unpack_from(fmt, hdr)
print(fields[0].rstrip(b"\0"))
print(int(fields[4].rstrip(b"\0"), 8))
print(fields[9], fields[10])
print(int(fields[6][:6], 8) == chk)
