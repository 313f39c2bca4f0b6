# Small helpers shared by the ota modules: hex, hashes, HMAC-SHA256, files and paths.
import binascii
import hashlib
import os


def hexlify(b):
    return binascii.hexlify(b).decode()


def same(a, b):
    # constant-time comparison of two str or bytes of the same type
    if len(a) != len(b):
        return False
    r = 0
    for i in range(len(a)):
        r |= ord(a[i]) ^ ord(b[i]) if isinstance(a, str) else a[i] ^ b[i]
    return r == 0


class HMAC:
    # HMAC-SHA256 without micropython-lib's hmac (boards do not ship it)
    def __init__(self, key):
        if isinstance(key, str):
            key = key.encode()
        if len(key) > 64:
            key = hashlib.sha256(key).digest()
        ipad = bytearray(64)
        opad = bytearray(64)
        for i in range(64):
            k = key[i] if i < len(key) else 0
            ipad[i] = k ^ 0x36
            opad[i] = k ^ 0x5C
        self._i = hashlib.sha256(ipad)
        self._o = hashlib.sha256(opad)

    def update(self, b):
        self._i.update(b)

    def hexdigest(self):
        self._o.update(self._i.digest())
        return hexlify(self._o.digest())


def stat(p):
    try:
        return os.stat(p)
    except OSError:
        return None


def exists(p):
    return stat(p) is not None


def isdir(p):
    st = stat(p)
    return st is not None and st[0] & 0x4000 != 0


def isfile(p):
    st = stat(p)
    return st is not None and st[0] & 0x4000 == 0


def join(a, b):
    if not a or a == "/":
        return "/" + b
    return a.rstrip("/") + "/" + b


def parent(p):
    i = p.rfind("/")
    return p[:i] if i > 0 else "/"


def makedirs(d):
    if d in ("", "/") or isdir(d):
        return
    makedirs(parent(d))
    try:
        os.mkdir(d)
    except OSError:
        if not isdir(d):
            raise


def remove(p):
    # remove a file if it exists; True if something was removed
    try:
        os.remove(p)
        return True
    except OSError:
        return False


def rmtree(d):
    # remove a directory and everything in it (best effort)
    try:
        names = [e[0] for e in os.ilistdir(d)]
    except OSError:
        return
    for n in names:
        p = join(d, n)
        if isdir(p):
            rmtree(p)
        else:
            remove(p)
    try:
        os.rmdir(d)
    except OSError:
        pass


def file_hashes(p, algos, buf):
    # {algo: hex} of a file's bytes, or None when it cannot be read
    hs = {}
    for a in algos:
        hs[a] = getattr(hashlib, a)()
    mv = memoryview(buf)
    try:
        with open(p, "rb") as f:
            while True:
                n = f.readinto(buf)
                if not n:
                    break
                for h in hs.values():
                    h.update(mv[:n])
    except OSError:
        return None
    out = {}
    for a in hs:
        out[a] = hexlify(hs[a].digest())
    return out


def git_sha1_of(p, size, buf):
    # git's blob SHA-1 of a file: sha1("blob SIZE\0" + bytes)
    h = hashlib.sha1(b"blob %d\x00" % size)
    mv = memoryview(buf)
    try:
        with open(p, "rb") as f:
            while True:
                n = f.readinto(buf)
                if not n:
                    break
                h.update(mv[:n])
    except OSError:
        return None
    return hexlify(h.digest())


def check_path(p):
    # a release path: relative, '/'-separated, no '.', '..', empty parts, '\\' or control chars
    if not isinstance(p, str) or not p or len(p) > 255:
        return False
    if p[0] == "/" or "\\" in p:
        return False
    for c in p:
        o = ord(c)
        if o < 32 or o == 127:
            return False
    for part in p.split("/"):
        if part in ("", ".", ".."):
            return False
    return True


def vparts(v):
    # version as a tuple of ints ("v1.2.3" -> (1, 2, 3)), None if it is not one
    if v[:1] in ("v", "V"):
        v = v[1:]
    out = []
    for x in v.split("."):
        if not x or not x.isdigit():
            return None
        out.append(int(x))
    return tuple(out)


def vcmp(a, b):
    # -1, 0, 1: numeric by dot-separated parts when both parse, else as strings
    if a == b:
        return 0
    pa, pb = vparts(a), vparts(b)
    if pa is not None and pb is not None:
        while len(pa) < len(pb):
            pa += (0,)
        while len(pb) < len(pa):
            pb += (0,)
        return (pa > pb) - (pa < pb)
    return (a > b) - (a < b)
