# tarfile for the emulated device, written for ota-emu. It behaves as micropython-lib's
# tarfile 0.4.2 together with its tarfile-write extension (the pair MicroPython 1.27 freezes
# into its full builds): a TarFile reads 512-byte headers from any stream (a file, a socket, a
# deflate.DeflateIO), knows only the name and the size of an entry (a name ending in "/" is a
# directory, anything else a file: GNU long-name and pax entries appear as entries of their
# own, as on the board), and hands out each entry's data as a section of the stream that must
# be read before the next entry. Writing makes ustar headers with a checksum and pads the
# archive to 10240-byte records. Also importable as utarfile, the package's old name.

__version__ = "0.4.2"

DIRTYPE = "dir"
REGTYPE = "file"

_S_IFMT = 0o170000
_S_IFREG = 0o100000
_S_IFDIR = 0o040000

_BLOCK = 512
_RECORD = _BLOCK * 20


def _roundup(val, align):
    return (val + align - 1) & ~(align - 1)


class FileSection:
    # The data of one entry: content_len bytes of the stream, then padding to a whole block.

    def __init__(self, f, content_len, aligned_len):
        self.f = f
        self.content_len = content_len
        self.align = aligned_len - content_len

    def read(self, sz=65536):
        if self.content_len == 0:
            return b""
        if sz > self.content_len:
            sz = self.content_len
        data = self.f.read(sz)
        self.content_len -= len(data)
        return data

    def readinto(self, buf):
        if self.content_len == 0:
            return 0
        if len(buf) > self.content_len:
            buf = memoryview(buf)[: self.content_len]
        n = self.f.readinto(buf)
        self.content_len -= n
        return n

    def skip(self):
        # what is left of the data and its padding, 16 bytes at a time
        left = self.content_len + self.align
        if not left:
            return
        scratch = bytearray(16)
        while left:
            if left < 16:
                self.f.read(left)
                left = 0
            else:
                self.f.readinto(scratch)
                left -= 16


class TarInfo:
    def __init__(self, name=""):
        self.name = name
        if self.name[-1] == "/":
            self.mode = _S_IFDIR
        else:
            self.mode = _S_IFREG

    @property
    def type(self):
        if self.isdir():
            return DIRTYPE
        return REGTYPE

    def __str__(self):
        return "TarInfo(%r, %s, %d)" % (self.name, self.type, self.size)

    def isdir(self):
        return self.mode & _S_IFMT == _S_IFDIR

    def isreg(self):
        return self.mode & _S_IFMT == _S_IFREG


def _octal(value, width):
    # a header number: width-1 octal digits and a NUL
    if width == 8:
        return b"%07o\0" % value
    return b"%011o\0" % value


def _put(buf, offset, field):
    buf[offset : offset + len(field)] = field


class TarFile:
    def __init__(self, name=None, mode="r", fileobj=None):
        self.subf = None
        self.mode = mode
        self.offset = 0
        if mode == "r":
            self.f = fileobj if fileobj else open(name, "rb")
        elif mode == "w":
            self.f = fileobj if fileobj else open(name, "wb")
        elif mode == "a":
            self.f = fileobj if fileobj else open(name, "r+b")
            while self.next():
                pass
            self.f.seek(self.offset)
        else:
            raise ValueError("mode " + mode + " not supported.")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def next(self):
        if self.subf:
            self.subf.skip()
        header = self.f.read(_BLOCK)
        if not header:
            return None
        if header[0] == 0:
            return None  # a zero block ends the archive
        self.offset += len(header)
        if len(header) < _BLOCK:
            # a short last block: the board's header view reads on past the data (zeros here)
            header = header + bytes(_BLOCK - len(header))
        info = TarInfo(str(header[:100], "utf-8").rstrip("\0"))
        info.size = int(bytes(header[124:135]), 8)
        aligned = _roundup(info.size, _BLOCK)
        self.subf = info.subf = FileSection(self.f, info.size, aligned)
        self.offset += aligned
        return info

    def __iter__(self):
        return self

    def __next__(self):
        info = self.next()
        if info is None:
            raise StopIteration
        return info

    def extractfile(self, tarinfo):
        return tarinfo.subf

    def close(self):
        if self.mode == "w":
            self.f.write(bytes(_BLOCK * 2))
            self.offset += _BLOCK * 2
            rest = self.offset % _RECORD
            if rest:
                self.f.write(bytes(_RECORD - rest))
        self.f.close()

    def addfile(self, tarinfo, fileobj=None):
        name = tarinfo.name
        size = tarinfo.size
        isdir = tarinfo.isdir()
        if isdir:
            size = 0
            if not name.endswith("/"):
                name += "/"
        header = bytearray(_BLOCK)
        _put(header, 0, name.encode("utf-8")[:100])
        _put(header, 100, _octal((0o755 if isdir else 0o644) & 0o7777, 8))
        _put(header, 108, _octal(tarinfo.uid, 8))
        _put(header, 116, _octal(tarinfo.gid, 8))
        _put(header, 124, _octal(size, 12))
        _put(header, 136, _octal(tarinfo.mtime, 12))
        _put(header, 156, b"5" if isdir else b"0")
        _put(header, 148, b"        ")  # the checksum counts its own field as spaces
        _put(header, 148, b"%06o\0 " % sum(header))
        self.f.write(header)
        self.offset += len(header)
        if fileobj:
            n = self.f.write(fileobj.read())
            self.offset += n
            pad = -n & (_BLOCK - 1)
            if pad:
                self.f.write(bytearray(pad))
                self.offset += pad

    def add(self, name, recursive=True):
        import os

        try:
            st = os.stat(name)
            if st[0] & 0xF000 == 0x4000:
                info = TarInfo(name + "/")
            else:
                info = TarInfo(name)
            info.mode = st[0]
            info.uid = st[4]
            info.gid = st[5]
            info.size = st[6]
            info.mtime = st[8]
        except OSError:
            print("Cannot stat", name, " - skipping.")
            return
        if not (info.isdir() or info.isreg()):
            print(name, "is not a directory or regular file - skipping.")
            return
        if info.isdir():
            self.addfile(info)
            if recursive:
                for entry in os.ilistdir(name):
                    self.add(name + "/" + entry[0], recursive)
        else:
            self.addfile(info, open(name, "rb"))
