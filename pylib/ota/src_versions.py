# Source "versions": a SaguarOTA release (github.com/cactuscon/saguarota; format in ota-emu's
# netsim/release/README.md): versions.json {"version": SERIAL, "files": [{"path", "version",
# "md5"}], "signature": HEX} and every file at FILES_URL/PATH.
#
# The manifest is refused above cfg "max_manifest" bytes before it is parsed. With cfg "key"
# the signature is required: HMAC-SHA256(key, "v=SERIAL" + "\n" + "PATH\tVERSION\tMD5" lines
# sorted by path), compared in constant time, before anything else is trusted. Each file is
# verified by its MD5 (authenticated by the signature) as the stage writes it.
#
# The release version is the serial as a decimal string; an installed version written as
# MAJOR.MINOR.PATCH is compared as the release tool derives serials (M*1000000 + m*1000 + p).
# versions.json gives no sizes: unless cfg "versions_probe" is false, check() asks each changed
# file's Content-Length (the space check needs it; the writer then holds the file to it).
#
# Config: "url" (versions.json, or the directory holding it), "files_url" (default: the
# manifest's directory + "files"), "key", "max_manifest".
import json

from . import util
from ._srcutil import check_path
from .errors import Refused
from .http import quote
from .store import File, Release


def payload(serial, files):
    """SaguarOTA's signed text for a serial and [(path, version, md5)] (any order)."""
    lines = ["v=%d" % serial]
    for p, v, m in sorted(files, key=lambda e: e[0]):
        lines.append("%s\t%d\t%s" % (p, v, m))
    return "\n".join(lines).encode()


def _int(v, what):
    if not isinstance(v, int) or isinstance(v, bool) or v < 0 or v > 0x7FFFFFFF:
        raise Refused("versions: bad %s" % what)
    return v


def parse_versions(data, key=None):
    """Parse and authenticate versions.json (bytes): -> (serial, [(path, version, md5)]).
    With key (str or bytes) the signature must be present and match. Raises
    ota.errors.Refused on malformed input or a bad signature."""
    try:
        m = json.loads(data)
    except (ValueError, UnicodeError):
        raise Refused("versions: not JSON")
    if not isinstance(m, dict):
        raise Refused("versions: not an object")
    serial = _int(m.get("version"), "version")
    fl = m.get("files")
    if not isinstance(fl, list):
        raise Refused("versions: no files")
    files = []
    seen = {}
    for e in fl:
        if not isinstance(e, dict):
            raise Refused("versions: bad file entry")
        p = e.get("path")
        check_path(p)
        if p in seen:
            raise Refused("versions: %s twice" % p)
        seen[p] = 1
        md5 = e.get("md5")
        if not isinstance(md5, str) or len(md5) != 32 or any(c not in "0123456789abcdefABCDEF" for c in md5):
            raise Refused("versions: bad md5 for %s" % p)
        files.append((p, _int(e.get("version"), "file version"), md5))
    if key:
        sig = m.get("signature")
        if not isinstance(sig, str):
            raise Refused("versions: signature missing")
        mac = util.HMAC(key)
        mac.update(payload(serial, files))
        if not util.same(mac.hexdigest(), sig.lower()):
            raise Refused("versions: bad signature")
    return serial, files


def serial_of(v):
    """An installed version as a serial: a decimal string as is, MAJOR[.MINOR[.PATCH]] (optional
    leading v, parts below 1000) as M*1000000 + m*1000 + p; None for anything else."""
    if not v:
        return None
    if v.isdigit():
        return int(v)
    parts = util.vparts(v)
    if parts is None or len(parts) > 3 or any(x >= 1000 for x in parts):
        return None
    while len(parts) < 3:
        parts += (0,)
    return parts[0] * 1000000 + parts[1] * 1000 + parts[2]


class Source:
    def __init__(self, cfg, http, store):
        self.cfg = cfg
        self.http = http
        self.store = store
        url = cfg.get("url")
        if not url:
            raise Refused("versions: no url configured")
        if url.endswith("/"):
            url += "versions.json"
        self.url = url
        base = cfg.get("files_url") or url[: url.rfind("/") + 1] + "files"
        self.files_url = base.rstrip("/") + "/"

    def check(self, current):
        body = self.http.get(self.url, self.cfg["max_manifest"])
        serial, entries = parse_versions(body, self.cfg.get("key"))
        cur = serial_of(current)
        if cur is not None and serial <= cur:
            return None
        if cur is None and current and util.vcmp(str(serial), current) <= 0:
            return None
        files = []
        buf = bytearray(self.cfg.get("buf") or 1024)
        probe = self.cfg.get("versions_probe", True)
        for p, v, md5 in entries:
            url = self.files_url + quote(p)
            f = File(p, None, md5=md5.lower(), url=url)
            if probe and not self.store.excluded(p) and not self._same(p, f.md5, buf):
                f.size = self._size(url)
            files.append(f)
        return Release(str(serial), files, meta={"serial": serial})

    def _same(self, p, md5, buf):
        hs = util.file_hashes(self.store.abspath(p), ("md5",), buf)
        return hs is not None and hs["md5"] == md5

    def _size(self, url):
        # the file's Content-Length, with the client's retries (a reset probe is asked again)
        return self.http.length(url)

    def fetch(self, rel, stage, progress=None):
        for f in stage.files:
            if not stage.need(f):
                continue
            w = stage.writer(f)
            try:
                self.http.download(f.url, w, stage.buf, progress)
            except Exception:
                w.abort()
                raise
            w.close()
