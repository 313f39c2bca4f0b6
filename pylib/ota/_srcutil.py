# Small helpers shared by the update sources (src_uota, src_versions, src_github,
# src_firmware): checked paths that say why, a hashing stream, a bounded JSON fetch.
# Pure MicroPython (runs on boards and on ota-emu); no module state.
import io
import json

from .errors import Integrity, Refused


def check_path(p, deny=()):
    # A release path: relative, "/"-separated, no empty, "." or ".." component, no
    # backslash, no control character (NUL included), valid text; not inside a denied
    # prefix (e.g. the state dir ".ota/"). Returns p; raises Refused saying why.
    if not isinstance(p, str) or not p:
        raise Refused("empty path")
    if len(p) > 255:
        raise Refused("path too long")
    if p[0] == "/":
        raise Refused("absolute path: %s" % p)
    for c in p:
        o = ord(c)
        if o < 0x20 or o == 0x7F or (0x80 <= o < 0xA0):
            raise Refused("control character in path")
        if c == "\\":
            raise Refused("backslash in path")
    for part in p.split("/"):
        if part == "" or part == "." or part == "..":
            raise Refused("bad path component in %s" % p)
    for d in deny:
        if p == d.rstrip("/") or p.startswith(d):
            raise Refused("path outside the application: %s" % p)
    return p


def check_version(v, what="version"):
    # a version string: 1-128 characters, no control character, no surrounding space
    if not isinstance(v, str) or not v or len(v) > 128 or v.strip() != v:
        raise Refused("bad %s" % what)
    for c in v:
        o = ord(c)
        if o < 0x20 or o == 0x7F or (0x80 <= o < 0xA0):
            raise Refused("control character in %s" % what)
    return v


def state_deny(cfg):
    # the state dir as a release-relative prefix ("" when it is outside the app root)
    root = cfg.get("root") or "/"
    st = cfg.get("state") or "/.ota"
    if root == "/":
        return (st.lstrip("/") + "/",)
    if st.startswith(root + "/"):
        return (st[len(root) + 1 :] + "/",)
    return ()


class Hashing(io.IOBase):
    # A read stream over src (readinto) that feeds every byte it passes on to the hash h and
    # refuses more than limit bytes. A decompressor pulls one byte at a time, so reads are
    # served from a small buffer.
    def __init__(self, src, h, limit, size=256):
        self.src = src
        self.h = h
        self.limit = limit
        self.n = 0
        self.buf = bytearray(size)
        self.mv = memoryview(self.buf)
        self.pos = 0
        self.end = 0

    def _more(self):
        n = self.src.readinto(self.mv)
        if not n:
            return 0
        self.n += n
        if self.n > self.limit:
            raise Refused("archive larger than %d bytes" % self.limit)
        self.h.update(self.mv[:n])
        self.pos = 0
        self.end = n
        return n

    def readinto(self, b, *args):
        p = self.pos
        if p < self.end and len(b) == 1:  # the decompressor's one-byte pull
            b[0] = self.buf[p]
            self.pos = p + 1
            return 1
        if p >= self.end:
            if not self._more():
                return 0
            p = 0
        k = min(len(b), self.end - p)
        b[:k] = self.mv[p : p + k]
        self.pos = p + k
        return k

    def drain(self):
        # read the rest of src through the hash (a compressed stream's trailer)
        self.pos = self.end
        while self._more():
            pass

    def ioctl(self, req, arg):
        return 0


def get_json(http, url, limit):
    # GET url and parse its JSON body, refusing a body over limit bytes before parsing
    body = http.get(url, limit)
    try:
        return json.loads(body)
    except ValueError:
        raise Refused("%s: not JSON" % url)


def same_digest(got, want, what):
    if got != want.lower():
        raise Integrity("%s: hash mismatch" % what)


def mirror_deletes(store, paths, keep=("lib/ota/",)):
    # For a source whose release is the whole application tree (uota, a GitHub branch) with
    # cfg "mirror": the installed files the release lacks, then the directories left empty
    # (deepest first, ending in "/"). Never: pylib itself (keep), cfg "keep" prefixes, the
    # CA file, the state dir, the config file, cfg "exclude".
    import os

    from . import util

    want = {}
    for p in paths:
        want[p] = 1
        i = p.rfind("/")
        while i > 0:
            want[p[:i] + "/"] = 1
            i = p.rfind("/", 0, i)
    keep = tuple(keep) + tuple(store.cfg.get("keep") or ())
    ca = store.cfg.get("ca")
    if isinstance(ca, str) and not ca.startswith("-----"):
        keep += (ca.lstrip("/"),)
    files = []
    dirs = []

    def held(p):
        for k in keep:
            if p.startswith(k) or p + "/" == k:
                return True
        prot = getattr(store, "protected", None)  # cfg "protect" (the core's)
        return store.excluded(p) or (prot is not None and prot(p))

    def walk(a, rel):
        # True when everything below a goes
        gone = True
        for e in os.ilistdir(a):
            r = rel + e[0]
            sub = util.join(a, e[0])
            if e[1] & 0x4000:
                d = r + "/"
                if held(d):
                    gone = False  # never entered
                elif walk(sub, d) and d not in want:
                    dirs.append(d)
                else:
                    gone = False
            elif r in want or held(r):
                gone = False
            else:
                files.append(r)
        return gone

    walk(store.root, "")
    return files + dirs
