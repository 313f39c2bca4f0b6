# flipped bits in a gzip stream: garbage, EINVAL or EOFError, exactly as the board decodes it
# (a literal code that does not decode comes out as the byte 0xfd; offset 34 is left out: there a
# bad distance code makes uzlib read outside its table, undefined behaviour)
import deflate, io, binascii
GZ = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03U\x91[\x0e\xc5 \x08D\xb7T^VaI\xfd\xb8\xfb\xff\xbb:\xb5\x94\xa6\x89a\xa6r2\xe0\xe1\xbf\xeb\xfe\x82P\x06\xa73\x85\xdc\x9eV\xcf\xaahU\x9c/\xac{\x0c\x7f\xc0\x87\xaf\x93\xeaUb\x0f\x12\xf8:\xab\x9b\x19\xd4\xb2\xe7\xc4\xbf\x9ez\xbcl><\x98\x8a^\x91\x83e\xba\x9f\xa0l\xf0\x93\xc9\xe7\x9e\xb0\xc3\xcf|\x82|B\x1e\x02\x92\xc8\xcb\x16-\xb5eG\xc3=d\x949\xaa\x0c\x0f\x05E\t'8\x8a\xf9T\xf7\x0e\xf7\x8c\x8a^-\xbb\xd2^S\xeb\xf8,\x1bT\x03\xd5>Oc\xa0\xdb\x93/l\xf3\xady\xd8\x9e\xd4r\x7f\xb6\xa8\xf1\x07\xb3}\xa8V\xee\x01\x00\x00"
POS = [10, 14, 18, 22, 26, 30, 38, 42, 46, 50, 54, 58, 62, 66, 70, 74, 78, 82, 86, 90, 94, 98, 102, 106, 110, 114, 118, 122, 126, 130, 134, 138, 142, 146, 150, 154, 158, 162, 166, 170]
for p in POS:
    for bit in (1, 0x10, 0x80):
        bad = bytearray(GZ)
        bad[p] ^= bit
        d = deflate.DeflateIO(io.BytesIO(bad))
        got = 0
        crc = 0
        try:
            while got < 20000:
                c = d.read(512)
                if not c:
                    break
                got += len(c)
                crc = binascii.crc32(c, crc)
            print(p, bit, "ok", got, crc)
        except Exception as e:
            print(p, bit, type(e).__name__, e.args, got)
