# Source "uota": a uOTA release (github.com/mkomon/uota; format in ota-emu's
# netsim/release/README.md): URL/latest is one line "VERSION;FILE[;KB[;SHA256]]" and URL/FILE a
# gzip-compressed ustar archive of the whole application tree.
#
# check() reads `latest`, then streams the archive once without writing anything (HTTP ->
# SHA-256 -> gzip -> strict tar reader) to learn every member's path, size and SHA-256, and
# compares the archive's SHA-256 with `latest`'s: a tampered or hostile archive (links, "..",
# absolute names, NUL, the state dir) is refused before a byte reaches the flash. fetch()
# streams it a second time straight into the stage, each file verified by the stage writer
# against the first pass, the archive's SHA-256 checked again. Buffers are bounded (the
# decompressor's 32 KiB window, one 512-byte header, cfg "buf"): the archive is never held in
# RAM nor stored whole.
#
# Config: "url" (the directory holding `latest`), "uota_require_sha" (default true: a `latest`
# without SHA256 is refused), "max_total" bounds the archive and the unpacked tree, "mirror"
# (default false: uOTA never deletes; true: installed files the archive lacks are deleted,
# except pylib's lib/ota/, cfg "keep" prefixes, "exclude", the state dir and the config).
from . import _tar, util
from ._srcutil import Hashing, check_path, check_version, mirror_deletes, state_deny
from .errors import Integrity, NetError, Refused, TLSError
from .store import File, Release

try:
    import deflate

    def _gunzip(stream):
        return deflate.DeflateIO(stream, deflate.GZIP)

except ImportError:  # firmware 1.20 and older
    import uzlib

    def _gunzip(stream):
        return uzlib.DecompIO(stream, 31)


import hashlib

MAX_LATEST = 1024
MAX_MEMBERS = 1000


def parse_latest(data):
    """Parse uOTA's `latest` (bytes or str): -> (version, file, kb or None, sha256 or None).
    Raises ota.errors.Refused on anything but one line of 2-4 ';'-separated fields."""
    if isinstance(data, (bytes, bytearray)):
        if len(data) > MAX_LATEST:
            raise Refused("latest: too long")
        try:
            data = bytes(data).decode()
        except UnicodeError:
            raise Refused("latest: not UTF-8")
    if not isinstance(data, str):
        raise Refused("latest: not text")
    line = data
    if line.endswith("\n"):
        line = line[:-1]
    if line.endswith("\r"):
        line = line[:-1]
    if "\n" in line or "\r" in line:
        raise Refused("latest: more than one line")
    parts = line.split(";")
    if len(parts) < 2 or len(parts) > 4:
        raise Refused("latest: want VERSION;FILE[;KB[;SHA256]]")
    version = check_version(parts[0], "latest version")
    name = parts[1]
    if "?" in name or "#" in name or "%" in name:
        raise Refused("latest: bad file name")
    check_path(name)
    kb = None
    if len(parts) > 2 and parts[2] != "":
        if not parts[2].isdigit() or len(parts[2]) > 9:
            raise Refused("latest: bad KB")
        kb = int(parts[2])
    sha = None
    if len(parts) > 3:
        sha = parts[3].lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise Refused("latest: bad SHA256")
    return version, name, kb, sha


def _base(url):
    if not url:
        raise Refused("uota: no url configured")
    if url.endswith("latest"):
        url = url[:-6]
    if not url.endswith("/"):
        url += "/"
    return url


class Source:
    def __init__(self, cfg, http, store):
        self.cfg = cfg
        self.http = http
        self.store = store
        self.base = _base(cfg.get("url"))
        self.deny = state_deny(cfg)

    def check(self, current):
        body = self.http.get(self.base + "latest", MAX_LATEST)
        version, name, kb, sha = parse_latest(body)
        if sha is None and self.cfg.get("uota_require_sha", True):
            raise Refused("uota: latest has no SHA-256")
        if current and util.vcmp(version, current) <= 0:
            return None
        if kb is not None and kb * 1024 > self.cfg["max_total"] * 2 + 1024:
            raise Refused("uota: release of %d KiB over max_total" % kb)
        url = self.base + name
        buf = bytearray(self.cfg.get("buf") or 1024)
        mv = memoryview(buf)
        files = []

        def scan():
            del files[:]
            r, h, hs, rd = self._open(url)
            try:
                self._scan(rd, {}, files, mv)
                self._finish(h, hs, sha)
            finally:
                r.close()

        self._retry(scan)
        if not files:
            raise Refused("uota: empty archive")
        dels = mirror_deletes(self.store, [f.path for f in files]) if self.cfg.get("mirror") else ()
        return Release(version, files, dels, meta={"url": url, "sha256": sha})

    def _scan(self, rd, seen, files, mv):
        total = 0
        for path, size, kind in rd:
            if kind == _tar.DIR:
                if path:
                    self._conflict(seen, path, "d")
                continue
            self._conflict(seen, path, "f")
            if len(seen) > (self.cfg.get("max_files") or MAX_MEMBERS):
                raise Refused("uota: more than %d members" % len(seen))
            total += size
            if total > self.cfg["max_total"]:
                raise Refused("uota: tree over max_total")
            fh = hashlib.sha256()
            while True:
                n = rd.readinto(mv)
                if not n:
                    break
                fh.update(mv[:n])
            files.append(File(path, size, sha256=util.hexlify(fh.digest())))

    def _conflict(self, seen, path, kind):
        # a path twice, or a file that is also a directory's name
        if path in seen:
            raise Refused("uota: %s twice in the archive" % path)
        i = path.rfind("/")
        while i > 0:
            if seen.get(path[:i]) == "f":
                raise Refused("uota: %s is a file and a directory" % path[:i])
            i = path.rfind("/", 0, i)
        if kind == "f":
            for p in seen:
                if p.startswith(path + "/"):
                    raise Refused("uota: %s is a file and a directory" % path)
        seen[path] = kind

    def _retry(self, fn):
        # a pass over the archive, again from its start after a network failure (the client's
        # retries and backoff; a refusal, TLS failure or 4xx is final)
        err = None
        for attempt in range(self.http.retries):
            if attempt:
                self.http._backoff(attempt)
            try:
                return fn()
            except TLSError:
                raise
            except NetError as e:
                if len(e.args) > 1 and e.args[1] in (401, 403, 404, 410):
                    raise
                err = e
        raise err

    def _open(self, url):
        # the archive at url as (response, hash, hashing stream, tar reader)
        r = self.http.open(url)
        h = hashlib.sha256()
        hs = Hashing(r, h, self.cfg["max_total"])
        return r, h, hs, _tar.Reader(_gunzip(hs), self.deny, self.cfg["max_file"])

    def _finish(self, h, hs, sha):
        # the rest of the compressed stream (gzip trailer) through the hash, then the check
        hs.drain()
        if sha is not None and util.hexlify(h.digest()) != sha:
            raise Integrity("uota: archive SHA-256 mismatch")

    def fetch(self, rel, stage, progress=None):
        want = {}
        for f in stage.files:
            want[f.path] = f
        mv = memoryview(stage.buf)

        def unpack():
            r, h, hs, rd = self._open(rel.meta["url"])
            try:
                n = self._unpack(rd, want, stage, mv, progress)
                self._finish(h, hs, rel.meta["sha256"])
            finally:
                r.close()
            return n

        seen = self._retry(unpack)
        if seen != len(want):
            raise Integrity("uota: archive lacks files it had at check")

    def _unpack(self, rd, want, stage, mv, progress):
        seen = 0
        for path, size, kind in rd:
            if kind == _tar.DIR:
                continue
            f = want.get(path)
            if f is None:
                if self.store.excluded(path):
                    continue
                raise Integrity("uota: %s was not in the archive checked" % path)
            seen += 1
            if not stage.need(f):
                continue
            w = stage.writer(f)
            try:
                while True:
                    n = rd.readinto(mv)
                    if not n:
                        break
                    w.write(mv[:n])
                    if progress:
                        progress(n)
            except Exception:
                w.abort()
                raise
            w.close()
        return seen
