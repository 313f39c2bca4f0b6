# Source "github": a release or a branch tip of a GitHub repository, through the REST API.
#
# Release mode (default): GET /repos/O/R/releases/latest; the tag name is the version.
#   - with an asset manifest.json (ota-emu release / pylib's own format): the manifest (and
#     manifest.json.sig, required when cfg "key" is set) is downloaded from the release, checked
#     as src_manifest checks it, its version must equal the tag, and every file comes from
#     raw.githubusercontent.com/O/R/TAG/PATH, verified by the manifest's SHA-256;
#   - else with assets `latest` + the archive it names: the uOTA format (src_uota), downloaded
#     from github.com/O/R/releases/download/TAG/.
# Branch mode (cfg "github_branch"): GET git/ref/heads/BRANCH -> commit, git/commits/SHA -> tree
#   and committer date, git/trees/TREE?recursive=1 -> every blob with its git SHA-1 and size;
#   files from raw.githubusercontent.com/O/R/COMMIT/PATH, each verified by git's blob hash
#   (sha1("blob SIZE\0" + bytes)). The version is the commit's UTC date "YYYYMMDD.HHMMSS", which
#   compares numerically above any dotted version and grows with every commit.
#
# Every request carries a User-Agent (the HTTP client's); cfg "token" is sent as
# "Authorization: token T" only to api.github.com / raw.githubusercontent.com over HTTPS whose
# certificate was verified (cfg "ca" or "pin"), never on a redirect to another host (the client
# keeps headers to the first host). A 403/429 from the API with the rate limit used up (asked
# of /rate_limit, which costs nothing) waits until its reset, on the device clock, when that is
# at most cfg "github_wait" seconds (default 60) away, else fails with NetError; later calls of
# the same Updater fail at once until then.
#
# Config: "github": "OWNER/REPO" (required), "github_branch", "github_dir" (the app's
# directory inside the repository, default the top), "github_format": "auto" | "manifest" |
# "uota", "token", "github_wait", "mirror" (branch mode: delete installed files the tree lacks,
# as src_uota), "github_api" / "github_raw" / "github_web" (base URLs, for
# GitHub Enterprise), "max_manifest" (bound of the small JSON bodies, and of any one string of
# the release's), "github_max_tree" (default 1 MiB: the bound of the release and tree bodies,
# which are parsed as they stream, entry by entry),
# "max_files".
import json
import time

from . import jsonstream, src_manifest, src_uota, util
from ._srcutil import check_path, check_version, mirror_deletes
from .errors import NetError, Refused
from .http import quote, split_url
from .store import File, Release

API = "https://api.github.com"
RAW = "https://raw.githubusercontent.com"
WEB = "https://github.com"
TOKEN_HOSTS = ("api.github.com", "raw.githubusercontent.com")


def _obj(data, what):
    try:
        m = json.loads(data)
    except (ValueError, UnicodeError):
        raise Refused("github: %s is not JSON" % what)
    if not isinstance(m, dict):
        raise Refused("github: %s is not an object" % what)
    return m


def _hex40(s):
    return isinstance(s, str) and len(s) == 40 and all(c in "0123456789abcdefABCDEF" for c in s)


def parse_release(data):
    """GET releases/latest's body (bytes) -> (tag, {asset name: (download url, size)}).
    Refused on malformed input."""
    return parse_release_stream(jsonstream.BytesReader(data).read)


def parse_release_stream(read, max_str=65536):
    """parse_release from a read(n) function: each asset is reduced to its name, URL and size
    as it is parsed (a release with hundreds of assets stays small)."""
    assets = {}

    def item(key, a):
        if not isinstance(a, dict):
            raise Refused("github: bad asset")
        name = a.get("name")
        url = a.get("browser_download_url")
        size = a.get("size")
        if not isinstance(name, str) or not isinstance(url, str) or not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise Refused("github: bad asset")
        assets[name] = (url, size)

    try:
        m = jsonstream.parse(read, ("assets",), item, max_str=max_str)
    except ValueError as e:  # jsonstream.JSONError, bad UTF-8
        raise Refused("github: release is not valid JSON: %r" % (e,))
    if not isinstance(m, dict):
        raise Refused("github: release is not an object")
    tag = check_version(m.get("tag_name"), "tag name")
    if m.get("draft") is True or m.get("prerelease") is True:
        raise Refused("github: release %s is a draft or prerelease" % tag)
    if "assets" in m and m["assets"] is not jsonstream.SKIP and m["assets"] is not None:
        raise Refused("github: bad assets")
    return tag, assets


def parse_ref(data):
    """GET git/ref/heads/B's body -> the commit SHA-1."""
    m = _obj(data, "ref")
    o = m.get("object")
    if not isinstance(o, dict) or o.get("type") != "commit" or not _hex40(o.get("sha")):
        raise Refused("github: ref does not name a commit")
    return o["sha"].lower()


def parse_commit(data):
    """GET git/commits/SHA's body -> (tree SHA-1, version "YYYYMMDD.HHMMSS" of the committer
    date)."""
    m = _obj(data, "commit")
    t = m.get("tree")
    c = m.get("committer")
    if not isinstance(t, dict) or not _hex40(t.get("sha")) or not isinstance(c, dict):
        raise Refused("github: bad commit")
    return t["sha"].lower(), date_version(c.get("date"))


def date_version(d):
    """"2026-05-04T12:30:00Z" -> "20260504.123000"."""
    if not isinstance(d, str) or len(d) != 20 or d[4] != "-" or d[7] != "-" or d[10] != "T" or d[13] != ":" or d[16] != ":" or d[19] != "Z":
        raise Refused("github: bad date %r" % (d,))
    digits = d[0:4] + d[5:7] + d[8:10] + "." + d[11:13] + d[14:16] + d[17:19]
    for c in digits:
        if c != "." and c not in "0123456789":
            raise Refused("github: bad date %r" % (d,))
    return digits


def parse_tree(data, prefix=""):
    """GET git/trees/SHA?recursive=1's body (bytes) -> [(path below prefix, blob SHA-1, size)]
    of the files under prefix ("" or "dir/"). Refused: a truncated tree, a symlink, a bad
    entry, malformed JSON."""
    return parse_tree_stream(jsonstream.BytesReader(data).read, prefix)


def parse_tree_stream(read, prefix="", max_items=10000):
    """parse_tree from a read(n) function: the entries are checked one at a time as they are
    parsed, so the tree's JSON never sits in RAM whole (a large repository on a small heap)."""
    out = []

    def item(key, e):
        if not isinstance(e, dict):
            raise Refused("github: bad tree entry")
        p = e.get("path")
        typ = e.get("type")
        if not isinstance(p, str) or not p.startswith(prefix) or p == prefix:
            return
        rel = p[len(prefix) :]
        check_path(rel)
        if typ == "tree" or typ == "commit":  # directories; submodules are not files
            return
        mode = e.get("mode")
        if typ != "blob" or mode not in ("100644", "100755"):
            raise Refused("github: %s is not a regular file (mode %r)" % (rel, mode))
        size = e.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise Refused("github: bad size of %s" % rel)
        if not _hex40(e.get("sha")):
            raise Refused("github: bad sha of %s" % rel)
        out.append((rel, e["sha"].lower(), size))

    try:
        m = jsonstream.parse(read, ("tree",), item, max_items=max_items)
    except ValueError as e:  # jsonstream.JSONError, bad UTF-8
        raise Refused("github: tree is not valid JSON: %r" % (e,))
    if not isinstance(m, dict) or m.get("truncated") is not False or "tree" in m and m["tree"] is not jsonstream.SKIP:
        raise Refused("github: tree truncated or malformed")
    return out


def parse_rate(data):
    """GET /rate_limit's body -> (remaining, reset epoch seconds) of the core API."""
    m = _obj(data, "rate limit")
    r = m.get("rate")
    if isinstance(m.get("resources"), dict) and isinstance(m["resources"].get("core"), dict):
        r = m["resources"]["core"]
    if not isinstance(r, dict) or not isinstance(r.get("remaining"), int) or not isinstance(r.get("reset"), int):
        raise Refused("github: bad rate limit")
    return r["remaining"], r["reset"]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def http_date(s):
    """An HTTP Date ("Mon, 04 May 2026 12:30:00 GMT") -> Unix seconds; None if malformed."""
    try:
        p = s.split()
        d, mon, y = int(p[1]), _MONTHS.index(p[2]) + 1, int(p[3])
        hh, mm, ss = [int(x) for x in p[4].split(":")]
    except (ValueError, IndexError, AttributeError):
        return None
    # days from 1970-01-01 (civil calendar)
    y2 = y - (mon <= 2)
    era = y2 // 400
    yoe = y2 - era * 400
    doy = (153 * (mon + (-3 if mon > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return days * 86400 + hh * 3600 + mm * 60 + ss


def unix_now():
    """The device clock in Unix seconds, None when the RTC is unset (before 2024)."""
    if time.gmtime()[0] < 2024:
        return None
    t = time.time()
    if time.gmtime(0)[0] == 2000:
        t += 946684800
    return t


class Source:
    def __init__(self, cfg, http, store):
        self.cfg = cfg
        self.http = http
        self.store = store
        repo = cfg.get("github")
        if not isinstance(repo, str) or repo.count("/") != 1 or not all(repo.split("/")):
            raise Refused("github: want \"github\": \"OWNER/REPO\"")
        self.repo = repo
        self.api = (cfg.get("github_api") or API).rstrip("/")
        self.raw = (cfg.get("github_raw") or RAW).rstrip("/")
        self.web = (cfg.get("github_web") or WEB).rstrip("/")
        d = cfg.get("github_dir") or ""
        if d:
            check_path(d.strip("/"))
            d = d.strip("/") + "/"
        self.dir = d
        self.wait = cfg.get("github_wait", 60)
        self.not_before = None  # ticks_ms before which the API is rate limited
        self.inner = None  # the src_manifest / src_uota source of a release

    # --- requests ------------------------------------------------------------------------

    def _headers(self, url):
        # the token only to GitHub's own hosts over verified HTTPS
        tok = self.cfg.get("token")
        tls, host = split_url(url)[:2]
        if not tok or not tls or not self.http.secure or host not in TOKEN_HOSTS:
            return None
        h = {}
        for k in self.http.headers:
            h[k] = self.http.headers[k]
        h["Authorization"] = "token " + tok
        return h

    def _with(self, url, fn):
        h = self._headers(url)
        if h is None:
            return fn()
        saved = self.http.headers
        self.http.headers = h
        try:
            return fn()
        finally:
            self.http.headers = saved

    def _consume(self, url, consume):
        # GET url and hand consume() a read(n) over the body, bounded by cfg "github_max_tree"
        r = self.http.open(url)
        try:
            buf = bytearray(256)
            mv = memoryview(buf)
            limit = self.cfg.get("github_max_tree") or 1048576
            got = [0]

            def read(n):
                k = r.readinto(mv[: min(n, 256)])
                got[0] += k
                if got[0] > limit:
                    raise Refused("github: tree over %d bytes" % limit)
                return bytes(mv[:k])

            return consume(read)
        finally:
            r.close()

    def _api(self, path, consume=None):
        # an API GET, bounded; a rate limit is waited out once when it ends soon enough.
        # consume, if given, parses the body from a read(n) function as it arrives
        url = self.api + path
        for attempt in (0, 1):
            if self.not_before is not None:
                left = time.ticks_diff(self.not_before, time.ticks_ms())
                if left > 0:
                    raise NetError("github: rate limited for %d s more" % ((left + 999) // 1000), 403)
                self.not_before = None
            try:
                # transient failures (resets, timeouts, 5xx) are retried with the client's
                # backoff, as http.get does; 401/403/404/410 are final (a rate limit below)
                if consume is None:
                    return self._with(url, lambda: self.http.get(url, self.cfg["max_manifest"]))
                return self._with(url, lambda: self.http.retry(lambda: self._consume(url, consume)))
            except NetError as e:
                st = e.args[1] if len(e.args) > 1 else 0
                if st not in (403, 429) or attempt:
                    raise
                wait = self._limited()
                if wait is None:
                    raise
                if wait > self.wait:
                    self.not_before = time.ticks_add(time.ticks_ms(), wait * 1000)
                    raise NetError("github: rate limit used up; resets in %d s" % wait, st)
                print("ota: github rate limit: waiting", wait, "s")
                time.sleep(wait)
                self.http.begin()  # the wait does not count against the deadline

    def _limited(self):
        # seconds until the API rate limit resets, None when it is not used up
        url = self.api + "/rate_limit"

        def ask():
            r = self.http.open(url)
            try:
                return r.headers.get("date"), r.read_all(4096)
            finally:
                r.close()

        date, body = self._with(url, ask)
        remaining, reset = parse_rate(body)
        if remaining > 0:
            return None
        now = http_date(date) if date else None
        if now is None:
            now = unix_now()
        if now is None:
            return self.wait + 1  # no clock to judge: treat as long
        return max(1, reset - now + 1)

    # --- check -------------------------------------------------------------------------

    def check(self, current):
        if self.cfg.get("github_branch"):
            return self._check_branch(current)
        return self._check_release(current)

    def _check_release(self, current):
        mx = self.cfg["max_manifest"]
        tag, assets = self._api("/repos/%s/releases/latest" % self.repo, lambda read: parse_release_stream(read, mx))
        if current and util.vcmp(tag, current) <= 0:
            return None
        base = "%s/%s/releases/download/%s/" % (self.web, self.repo, quote(tag))
        fmt = self.cfg.get("github_format") or "auto"
        cfg = {}
        for k in self.cfg:
            cfg[k] = self.cfg[k]
        if fmt in ("auto", "manifest") and "manifest.json" in assets:
            cfg["url"] = base + "manifest.json"
            self.inner = src_manifest.Source(cfg, self.http, self.store)
            rel = self.inner.check(current)
            if rel is None:
                return None
            if rel.version != tag:
                raise Refused("github: manifest version %s in release %s" % (rel.version, tag))
            pre = "%s/%s/%s/%s" % (self.raw, self.repo, quote(tag), quote(self.dir))
            for f in rel.files:
                f.url = pre + quote(f.path)
            return rel
        if fmt in ("auto", "uota") and "latest" in assets:
            cfg["url"] = base
            self.inner = src_uota.Source(cfg, self.http, self.store)
            rel = self.inner.check(current)
            if rel is not None and rel.version != tag:
                raise Refused("github: latest names %s in release %s" % (rel.version, tag))
            return rel
        raise Refused("github: release %s has no manifest.json or latest asset" % tag)

    def _check_branch(self, current):
        b = self.cfg["github_branch"]
        commit = parse_ref(self._api("/repos/%s/git/ref/heads/%s" % (self.repo, quote(b))))
        tree, version = parse_commit(self._api("/repos/%s/git/commits/%s" % (self.repo, commit)))
        if current and util.vcmp(version, current) <= 0:
            return None
        mx = self.cfg.get("max_files") or 1000
        entries = self._api("/repos/%s/git/trees/%s?recursive=1" % (self.repo, tree),
                            lambda read: parse_tree_stream(read, self.dir, mx))
        if not entries:
            raise Refused("github: no files in %s" % (self.dir or "the repository"))
        pre = "%s/%s/%s/%s" % (self.raw, self.repo, commit, quote(self.dir))
        files = [File(p, size, gitsha1=sha, url=pre + quote(p)) for p, sha, size in entries]
        self.inner = None
        dels = mirror_deletes(self.store, [f.path for f in files]) if self.cfg.get("mirror") else ()
        return Release(version, files, dels, meta={"commit": commit})

    # --- fetch -------------------------------------------------------------------------

    def fetch(self, rel, stage, progress=None):
        if isinstance(self.inner, src_uota.Source):
            return self.inner.fetch(rel, stage, progress)
        for f in stage.files:
            if not stage.need(f):
                continue
            w = stage.writer(f)
            try:
                self._with(f.url, lambda: self.http.download(f.url, w, stage.buf, progress))
                w.close()
            except Exception:
                w.abort()
                raise
