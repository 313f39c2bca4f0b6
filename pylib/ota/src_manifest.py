# Source "manifest": manifest.json (format 1, netsim/release/README.md) from any HTTP(S) server
# or a GitHub release asset, with manifest.json.sig (HMAC-SHA256 hex of the exact bytes) when a
# key is configured. Files come from the manifest's directory + "files/" + PATH.
import json
import time

from . import util
from .errors import NetError, Refused
from .http import quote
from .store import File, Release


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
        body = self.http.get(self.url, cfg["max_manifest"])
        if cfg.get("key"):
            try:
                sig = self.http.get(self.url + ".sig", 256)
            except NetError as e:
                raise Refused("manifest signature missing: %s" % (e.args[0],))
            mac = util.HMAC(cfg["key"])
            mac.update(body)
            if not util.same(mac.hexdigest(), sig[:64].decode()):
                raise Refused("manifest signature mismatch")
        try:
            m = json.loads(body)
        except ValueError:
            raise Refused("manifest is not JSON")
        del body
        if not isinstance(m, dict) or m.get("format") != 1:
            raise Refused("manifest format %r unsupported" % (m.get("format") if isinstance(m, dict) else None,))
        v = m.get("version")
        if not isinstance(v, str) or not v:
            raise Refused("manifest without version")
        exp = m.get("expires")
        if exp is not None:
            check_expiry(exp)
        files = []
        for e in m.get("files") or []:
            if not isinstance(e, dict):
                raise Refused("bad file entry")
            p = e.get("path")
            sz = e.get("size")
            h = e.get("sha256")
            if not isinstance(h, str) or len(h) != 64:
                raise Refused("file %r without sha256" % (p,))
            if not isinstance(sz, int):
                raise Refused("file %r without size" % (p,))
            if not util.check_path(p):
                raise Refused("bad path %r" % (p,))
            files.append(File(p, sz, sha256=h, url=self.base + "files/" + quote(p)))
        dels = m.get("deletes") or []
        for d in dels:
            if not isinstance(d, str):
                raise Refused("bad delete entry")
        return Release(v, files, dels)

    def fetch(self, rel, stage, progress=None):
        for f in rel.files:
            if not stage.need(f):
                continue
            w = stage.writer(f)
            try:
                self.http.download(f.url, w, stage.buf, progress)
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
