# A minimal, strict ustar reader for update archives (uOTA's firmware.tar.gz, a GitHub
# tarball): headers are checked (checksum, octal fields, type), names are checked as release
# paths, and data is handed out in bounded pieces. MicroPython's frozen tarfile knows only a
# member's name and size, so a symlink, a hard link or a pax header would pass as a file:
# this reader refuses them instead. Pure MicroPython.
from ._srcutil import check_path
from .errors import Integrity, Refused

BLOCK = 512
FILE = "f"
DIR = "d"


def _octal(field, what):
    # a numeric header field: octal digits, optionally space-padded, ended by NUL or space
    s = bytes(field)
    if s and s[0] & 0x80:
        raise Refused("tar: base-256 %s" % what)
    s = s.split(b"\0", 1)[0].strip()
    if not s:
        return 0
    v = 0
    for c in s:
        if c < 0x30 or c > 0x37:
            raise Refused("tar: bad octal in %s" % what)
        v = v * 8 + c - 0x30
    return v


def _text(field, what):
    # a NUL-terminated name field: nothing but NULs after the first NUL
    s = bytes(field)
    i = s.find(b"\0")
    if i >= 0:
        if s[i:].count(b"\0") != len(s) - i:
            raise Refused("tar: NUL inside %s" % what)
        s = s[:i]
    try:
        return s.decode()
    except UnicodeError:
        raise Refused("tar: %s is not UTF-8" % what)


def parse_header(block, deny=()):
    # One 512-byte header block -> None for a zero block (the end of the archive), else
    # (path, size, kind) with kind FILE or DIR and path a checked release path without a
    # trailing "/". Raises ota.errors.Refused for anything else (bad checksum, links, devices, pax
    # and GNU extension headers, hostile names, an oversized member).
    if len(block) != BLOCK:
        raise Refused("tar: short header")
    total = sum(block)
    if total == 0:
        return None
    chk = _octal(block[148:156], "checksum")
    # the checksum counts its own field as eight spaces
    if total - sum(block[148:156]) + 8 * 0x20 != chk:
        raise Refused("tar: bad header checksum")
    name = _text(block[0:100], "name")
    typ = block[156]
    magic = bytes(block[257:263])
    if magic == b"ustar\0" or magic == b"ustar ":
        prefix = _text(block[345:500], "prefix") if magic == b"ustar\0" else ""
        if prefix:
            name = prefix + "/" + name
    size = _octal(block[124:136], "size")
    if typ in (0x30, 0, 0x37):  # '0', NUL (old tar), '7' contiguous
        kind = FILE
        if name.endswith("/"):
            raise Refused("tar: file name ends with /")
    elif typ == 0x35:  # '5'
        kind = DIR
        name = name.rstrip("/") if name.endswith("/") else name
        size = 0
    elif typ in (0x31, 0x32):
        raise Refused("tar: link member %s" % name)
    else:
        raise Refused("tar: member type %r refused" % chr(typ))
    while name.startswith("./"):
        name = name[2:]
    if kind == DIR and name in ("", "."):
        return ("", 0, DIR)  # the archive's own top directory
    check_path(name, deny)
    return (name, size, kind)


class Reader:
    # Iterates the members of a ustar stream (readinto), one bounded buffer at a time:
    #   for path, size, kind in r: ... r.readinto(buf) until 0 ...
    # A member's unread data is skipped when the next member is asked for. The end requires a
    # zero block: an archive cut short raises Refused.
    def __init__(self, stream, deny=(), max_size=1 << 24):
        self.f = stream
        self.deny = deny
        self.max_size = max_size
        self.hdr = bytearray(BLOCK)
        self.left = 0  # data bytes of the current member not yet read
        self.pad = 0
        self.done = False

    def _read(self, mv):
        # the stream's readinto; a decompressor's errors (corrupt data: OSError, a stream
        # cut short: EOFError) say the archive is damaged
        try:
            return self.f.readinto(mv)
        except (OSError, EOFError) as e:
            raise Integrity("archive unreadable: %r" % (e,))

    def _fill(self, buf):
        mv = memoryview(buf)
        got = 0
        while got < len(buf):
            n = self._read(mv[got:])
            if not n:
                raise Refused("tar: archive cut short")
            got += n

    def _skip(self, n):
        while n:
            k = min(n, BLOCK)
            self._fill(memoryview(self.hdr)[:k])
            n -= k

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self._skip(self.left + self.pad)
        self.left = self.pad = 0
        self._fill(self.hdr)
        m = parse_header(self.hdr, self.deny)
        if m is None:
            self.done = True
            raise StopIteration
        if m[1] > self.max_size:
            raise Refused("tar: member %s too large" % m[0])
        self.left = m[1]
        self.pad = -m[1] & (BLOCK - 1)
        return m

    def readinto(self, buf):
        # the current member's data; 0 at its end
        if not self.left:
            return 0
        mv = memoryview(buf)
        if len(buf) > self.left:
            mv = mv[: self.left]
        n = self._read(mv)
        if not n:
            raise Refused("tar: archive cut short")
        self.left -= n
        return n
