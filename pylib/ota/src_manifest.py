# Source "manifest": manifest.json (format 1, netsim/release/README.md) from any HTTP(S) server
# or a GitHub release asset, with manifest.json.sig (HMAC-SHA256 hex of the exact bytes) when a
# key is configured, and manifest.json.p256 (ECDSA P-256) when a public key is. Files come from
# the manifest's directory + "files/" + PATH.
import hashlib
import json
import time

from . import jsonstream, util
from .errors import NetError, Refused
from .http import quote
from .store import File, Release


class Spool:
    """The manifest body as it arrives: in RAM up to ram bytes, then in a file of the state
    directory; at most limit bytes; HMAC-SHA256 computed on the way when a key is given."""

    def __init__(self, path, ram, limit, key, digest=False):
        self.path = path
        self.ram = ram
        self.limit = limit
        self.key = key
        self.digest = digest  # SHA-256 of the body on the way too (a P-256 signature)
        self.restart()

    def restart(self):
        self.close()
        self.buf = bytearray()
        self.f = None
        self.n = 0
        self.mac = util.HMAC(self.key) if self.key else None
        self.sha = hashlib.sha256() if self.digest else None

    def write(self, b):
        n = len(b)
        if self.n + n > self.limit:
            raise Refused("manifest over max_manifest (%d bytes)" % self.limit)
        if self.f is None and len(self.buf) + n > self.ram:
            util.makedirs(util.parent(self.path))
            self.f = open(self.path, "wb")
            self.f.write(self.buf)
            self.buf = None
        if self.f is None:
            self.buf.extend(b)
        else:
            self.f.write(b)
        if self.mac:
            self.mac.update(b)
        if self.sha:
            self.sha.update(b)
        self.n += n

    def tell(self):
        return self.n

    def reader(self):
        if self.f is None:
            return None  # in RAM: self.buf
        self.f.close()
        self.f = open(self.path, "rb")
        return self.f.read

    def close(self):
        f = getattr(self, "f", None)
        if f is not None:
            f.close()
            self.f = None
            util.remove(self.path)


class Source:
    def __init__(self, cfg, http, store):
        self.cfg = cfg
        self.http = http
        self.store = store
        url = cfg["url"]
        if not url:
            raise Refused("config: url is required")
        if url.endswith("/"):
            url += "manifest.json"
        self.url = url
        self.base = url[: url.rfind("/") + 1]

    def check(self, current):
        cfg = self.cfg
        key = cfg.get("key")
        pub = None
        if cfg.get("pubkey"):
            from . import p256

            pub = p256.public_key(cfg["pubkey"])
        sp = Spool(self.store.sdir + "/manifest.tmp", cfg["ram_manifest"], cfg["max_manifest"], key, pub is not None)
        try:
            self.http.download(self.url, sp, bytearray(256))
            if pub is not None:
                try:
                    sig = self.http.get(self.url + ".p256", 256)
                except NetError as e:
                    raise Refused("manifest P-256 signature missing: %s" % (e.args[0],))
                if not p256.verify(pub, sp.sha.digest(), sig.strip().decode()):
                    raise Refused("manifest P-256 signature does not verify")
            if key:
                try:
                    sig = self.http.get(self.url + ".sig", 256)
                except NetError as e:
                    raise Refused("manifest signature missing: %s" % (e.args[0],))
                if not util.same(sp.mac.hexdigest(), sig[:64].decode()):
                    raise Refused("manifest signature mismatch")
            read = sp.reader()
            if read is None:
                return self._parse(None, sp.buf)
            return self._parse(read, None)
        finally:
            sp.close()

    def _parse(self, read, body):
        files = []
        dels = []

        def item(key, e):
            if key == "deletes":
                if not isinstance(e, str):
                    raise Refused("bad delete entry")
                dels.append(e)
                return
            if not isinstance(e, dict):
                raise Refused("bad file entry")
            p = e.get("path")
            sz = e.get("size")
            h = e.get("sha256")
            if not util.check_path(p):
                raise Refused("bad path %r" % (p,))
            if not isinstance(h, str) or len(h) != 64:
                raise Refused("file %r without sha256" % (p,))
            if not isinstance(sz, int) or sz < 0:
                raise Refused("file %r without size" % (p,))
            files.append(File(p, sz, sha256=h))  # url made when fetched (less memory)

        try:
            if body is not None:
                # small: the built-in parser, then the same checks item by item
                m = json.loads(body)
                if isinstance(m, dict):
                    for k in ("files", "deletes"):
                        lst = m.pop(k, None) or []
                        if not isinstance(lst, list):
                            raise Refused("manifest %s is not a list" % k)
                        for e in lst:
                            item(k, e)
                        del lst
            else:
                # large: streamed from the file, one entry at a time
                m = jsonstream.parse(read, ("files", "deletes"), item, max_items=self.cfg["max_files"])
        except ValueError as e:
            raise Refused("manifest is not valid JSON: %r" % (e,))
        if not isinstance(m, dict) or m.get("format") != 1:
            raise Refused("manifest format %r unsupported" % (m.get("format") if isinstance(m, dict) else None,))
        v = m.get("version")
        if not isinstance(v, str) or not v:
            raise Refused("manifest without version")
        exp = m.get("expires")
        if exp is not None:
            check_expiry(exp)
        return Release(v, files, dels)

    def fetch(self, rel, stage, progress=None):
        for f in rel.files:
            if not stage.need(f):
                continue
            w = stage.writer(f)
            try:
                self.http.download(f.url or self.base + "files/" + quote(f.path), w, stage.buf, progress)
                w.close()
            except Exception:
                w.abort()
                raise


def check_expiry(exp):
    # "YYYY-MM-DDTHH:MM:SSZ" against the RTC; an unset RTC (before 2024) cannot judge it
    try:
        t = (int(exp[0:4]), int(exp[5:7]), int(exp[8:10]), int(exp[11:13]), int(exp[14:16]), int(exp[17:19]))
    except ValueError:
        raise Refused("bad expires %r" % (exp,))
    now = time.gmtime()[:6]
    if now[0] < 2024:
        print("ota: clock unset, expiry not checked")
        return
    if tuple(now) > t:
        raise Refused("manifest expired at " + exp)
