# ota_updater.py - an over-the-air updater in the style of real MicroPython
# updaters: GitHub releases, a manifest with SHA-256 digests, staged download
# into /next, atomic swap, rollback on failed boot. Written for the lowering
# benchmark: it uses f-strings and annotations the way modern updater code does.
import gc
import json
import os
import sys
import time

try:
    import hashlib
except ImportError:
    import uhashlib as hashlib

try:
    import binascii
except ImportError:
    import ubinascii as binascii

try:
    import requests
except ImportError:
    import urequests as requests

from micropython import const

_CHUNK: int = const(1024)
_MAX_RETRIES: int = const(3)
_STATE_FILE: str = "/ota_state.json"
_NEXT_DIR: str = "/next"
_PREV_DIR: str = "/prev"
_VERSION_FILE: str = "/version.txt"
_USER_AGENT: str = f"ota-updater/{1_0}.{2} ({sys.platform})"
_TIMEOUT_MS = 30_000
_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000]


class UpdateError(Exception):
    """Raised when an update cannot be applied."""

    code: int = 0

    def __init__(self, msg: str, code: int = 1) -> None:
        super().__init__(msg)
        self.code = code

    def __str__(self) -> str:
        return f"UpdateError({self.code}): {self.args[0]}"


class Log:
    levels: dict = {"debug": 10, "info": 20, "warn": 30, "error": 40}
    level: int

    def __init__(self, name: str, level: str = "info") -> None:
        self.name: str = name
        self.level = self.levels[level]
        self.lines: list[str] = []

    def _emit(self, lvl: str, msg: str) -> None:
        if self.levels[lvl] < self.level:
            return
        stamp = time.ticks_ms() if hasattr(time, "ticks_ms") else 0
        line = f"[{stamp:>8}] {lvl.upper():5} {self.name}: {msg}"
        self.lines.append(line)
        print(line)

    def debug(self, msg: str) -> None:
        self._emit("debug", msg)

    def info(self, msg: str) -> None:
        self._emit("info", msg)

    def warn(self, msg: str) -> None:
        self._emit("warn", msg)

    def error(self, msg: str) -> None:
        self._emit("error", msg)


log = Log("ota")


def path_join(*parts: str) -> str:
    out = ""
    for p in parts:
        if not p:
            continue
        if out and not out.endswith("/"):
            out += "/"
        out += p.lstrip("/") if out else p
    return out


def exists(path: str) -> bool:
    try:
        os.stat(path)
        return True
    except OSError:
        return False


def is_dir(path: str) -> bool:
    try:
        return os.stat(path)[0] & 0x4000 != 0
    except OSError:
        return False


def makedirs(path: str) -> None:
    cur = ""
    for part in path.strip("/").split("/"):
        cur = f"{cur}/{part}"
        if not exists(cur):
            log.debug(f"mkdir {cur!r}")
            os.mkdir(cur)


def rmtree(path: str) -> None:
    if not exists(path):
        return
    if is_dir(path):
        for name in os.listdir(path):
            rmtree(f"{path}/{name}")
        os.rmdir(path)
    else:
        os.remove(path)


def read_text(path: str, default: str | None = None) -> str | None:
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return default


def write_text(path: str, text: str) -> None:
    tmp = f"{path}.tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.rename(tmp, path)


def hexdigest(h) -> str:
    return binascii.hexlify(h.digest()).decode()


def sha256_file(path: str, chunk: int = _CHUNK) -> str:
    h = hashlib.sha256()
    buf = bytearray(chunk)
    with open(path, "rb") as f:
        while True:
            n = f.readinto(buf)
            if not n:
                break
            h.update(buf[:n] if n < chunk else buf)
    return hexdigest(h)


class State:
    """Persistent updater state, written atomically."""

    version: str
    pending: str | None
    attempts: int
    history: list

    def __init__(self, path: str = _STATE_FILE) -> None:
        self.path = path
        self.version = "0.0.0"
        self.pending = None
        self.attempts = 0
        self.history = []

    def load(self) -> "State":
        text = read_text(self.path)
        if text is None:
            log.info(f"no state at {self.path}, starting fresh")
            return self
        try:
            data: dict = json.loads(text)
        except ValueError as e:
            log.warn(f"corrupt state file {self.path}: {e}")
            return self
        self.version = data.get("version", self.version)
        self.pending = data.get("pending")
        self.attempts = int(data.get("attempts", 0))
        self.history = list(data.get("history", []))
        return self

    def save(self) -> None:
        data = {
            "version": self.version,
            "pending": self.pending,
            "attempts": self.attempts,
            "history": self.history[-5:],
        }
        write_text(self.path, json.dumps(data))
        log.debug(f"state saved: version={self.version} pending={self.pending} attempts={self.attempts}")


def parse_version(v: str) -> tuple:
    v = v.strip().lstrip("vV")
    parts: list[int] = []
    for piece in v.split("."):
        digits = ""
        for ch in piece:
            if "0" <= ch <= "9":
                digits += ch
            else:
                break
        parts.append(int(digits) if digits else 0)
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts[:3])


def newer(a: str, b: str) -> bool:
    return parse_version(a) > parse_version(b)


class HttpClient:
    def __init__(self, base: str, token: str | None = None, timeout: int = 10) -> None:
        self.base = base.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.requests_made: int = 0

    def headers(self, extra: dict | None = None) -> dict:
        h = {"User-Agent": _USER_AGENT, "Accept": "application/json"}
        if self.token:
            h["Authorization"] = f"token {self.token}"
        if extra:
            for k in extra:
                h[k] = extra[k]
        return h

    def url(self, path: str) -> str:
        if path.startswith("http://") or path.startswith("https://"):
            return path
        return f"{self.base}/{path.lstrip('/')}"

    def get(self, path: str, *, stream: bool = False, headers: dict | None = None):
        url = self.url(path)
        last = None
        for attempt in range(_MAX_RETRIES):
            self.requests_made += 1
            log.debug(f"GET {url} (attempt {attempt + 1}/{_MAX_RETRIES})")
            try:
                r = requests.get(url, headers=self.headers(headers), timeout=self.timeout)
            except OSError as e:
                last = e
                log.warn(f"GET {url} failed: {e!r}")
                time.sleep_ms(_BACKOFF_MS[min(attempt, len(_BACKOFF_MS) - 1)])
                continue
            if r.status_code == 200:
                return r
            body = r.text[:120] if not stream else ""
            r.close()
            if r.status_code in (403, 429):
                raise UpdateError(f"rate limited ({r.status_code}): {body}", 3)
            if r.status_code == 404:
                raise UpdateError(f"not found: {url}", 4)
            last = UpdateError(f"HTTP {r.status_code} for {url}: {body!r}", 5)
        raise UpdateError(f"giving up on {url} after {_MAX_RETRIES} attempts: {last}", 6)

    def get_json(self, path: str) -> dict:
        r = self.get(path)
        try:
            return r.json()
        finally:
            r.close()


class Manifest:
    version: str
    files: dict
    size: int

    def __init__(self, version: str, files: dict, size: int = 0) -> None:
        self.version = version
        self.files = files
        self.size = size

    @classmethod
    def from_json(cls, data: dict) -> "Manifest":
        files = {}
        total = 0
        for entry in data.get("files", []):
            name: str = entry["path"]
            if name.startswith("/") or ".." in name.split("/"):
                raise UpdateError(f"unsafe path in manifest: {name!r}", 7)
            files[name] = (entry["sha256"], int(entry.get("size", 0)))
            total += files[name][1]
        return cls(data["version"], files, total)

    def __repr__(self) -> str:
        return f"<Manifest {self.version} files={len(self.files)} size={self.size:,}>"


class Updater:
    """Check, download, verify and install a release."""

    repo: str
    client: HttpClient
    state: State

    def __init__(self, repo: str, main_dir: str = "/app", token: str | None = None) -> None:
        self.repo = repo
        self.main_dir = main_dir
        self.client = HttpClient("https://api.github.com", token)
        self.state = State().load()
        self.bytes_downloaded: int = 0

    # -- discovery ---------------------------------------------------------

    def latest_release(self) -> dict:
        data = self.client.get_json(f"repos/{self.repo}/releases/latest")
        tag: str = data.get("tag_name", "")
        if not tag:
            raise UpdateError(f"no tag in latest release of {self.repo}", 8)
        log.info(f"latest release of {self.repo} is {tag} ({len(data.get('assets', []))} assets)")
        return data

    def asset_url(self, release: dict, name: str) -> str:
        for asset in release.get("assets", []):
            if asset.get("name") == name:
                return asset["browser_download_url"]
        raise UpdateError(f"release {release.get('tag_name')} has no asset {name!r}", 9)

    def fetch_manifest(self, release: dict) -> Manifest:
        url = self.asset_url(release, "manifest.json")
        r = self.client.get(url)
        try:
            m = Manifest.from_json(r.json())
        finally:
            r.close()
        log.info(f"manifest: {m!r}")
        return m

    def check(self) -> tuple:
        release = self.latest_release()
        remote = release["tag_name"]
        current = self.state.version
        if not newer(remote, current):
            log.info(f"up to date: {current} >= {remote}")
            return False, release
        log.info(f"update available: {current} -> {remote}")
        return True, release

    # -- download ----------------------------------------------------------

    def download_file(self, url: str, dest: str, expect: str, size: int = 0) -> None:
        makedirs(dest.rsplit("/", 1)[0] or "/")
        tmp = f"{dest}.part"
        h = hashlib.sha256()
        got = 0
        r = self.client.get(url, stream=True, headers={"Accept": "application/octet-stream"})
        try:
            with open(tmp, "wb") as f:
                while True:
                    chunk = r.raw.read(_CHUNK)
                    if not chunk:
                        break
                    h.update(chunk)
                    f.write(chunk)
                    got += len(chunk)
                    if size and got > size:
                        raise UpdateError(f"{dest}: more than the {size} bytes announced", 10)
        finally:
            r.close()
        self.bytes_downloaded += got
        digest = hexdigest(h)
        if size and got != size:
            raise UpdateError(f"{dest}: got {got} bytes, expected {size}", 11)
        if digest != expect:
            os.remove(tmp)
            raise UpdateError(f"{dest}: sha256 {digest[:12]}... != {expect[:12]}...", 12)
        os.rename(tmp, dest)
        log.debug(f"saved {dest} ({got:,} bytes, {digest[:8]})")
        gc.collect()

    def download(self, release: dict, manifest: Manifest) -> None:
        rmtree(_NEXT_DIR)
        makedirs(_NEXT_DIR)
        tag = release["tag_name"]
        total = len(manifest.files)
        for i, name in enumerate(sorted(manifest.files)):
            digest, size = manifest.files[name]
            url = f"https://raw.githubusercontent.com/{self.repo}/{tag}/{name}"
            dest = path_join(_NEXT_DIR, name)
            log.info(f"[{i + 1:>3}/{total}] {name} ({size:,} bytes)")
            self.download_file(url, dest, digest, size)
        write_text(path_join(_NEXT_DIR, ".version"), tag)
        log.info(f"downloaded {total} files, {self.bytes_downloaded:,} bytes for {tag}")

    # -- install -----------------------------------------------------------

    def verify_tree(self, root: str, manifest: Manifest) -> list:
        bad: list[str] = []
        for name in manifest.files:
            digest, size = manifest.files[name]
            path = path_join(root, name)
            if not exists(path):
                bad.append(f"{name}: missing")
                continue
            actual = sha256_file(path)
            if actual != digest:
                bad.append(f"{name}: {actual[:8]} != {digest[:8]}")
        return bad

    def swap(self, manifest: Manifest) -> None:
        bad = self.verify_tree(_NEXT_DIR, manifest)
        if bad:
            raise UpdateError(f"staged tree failed verification: {', '.join(bad[:3])}", 13)
        rmtree(_PREV_DIR)
        if exists(self.main_dir):
            os.rename(self.main_dir, _PREV_DIR)
        os.rename(_NEXT_DIR, self.main_dir)
        log.info(f"swapped {_NEXT_DIR} -> {self.main_dir} (previous kept in {_PREV_DIR})")

    def install(self, release: dict) -> bool:
        tag = release["tag_name"]
        self.state.pending = tag
        self.state.attempts = 0
        self.state.save()
        try:
            manifest = self.fetch_manifest(release)
            if manifest.version != tag.lstrip("v"):
                raise UpdateError(f"manifest version {manifest.version} does not match tag {tag}", 14)
            self.download(release, manifest)
            self.swap(manifest)
        except UpdateError as e:
            log.error(f"update to {tag} failed: {e}")
            self.state.pending = None
            self.state.history.append({"tag": tag, "ok": False, "code": e.code})
            self.state.save()
            rmtree(_NEXT_DIR)
            return False
        self.state.history.append({"tag": tag, "ok": True})
        self.state.version = tag
        self.state.save()
        write_text(_VERSION_FILE, f"{tag}\n")
        log.info(f"installed {tag}; reboot to run it")
        return True

    # -- boot-time checks --------------------------------------------------

    def confirm_boot(self) -> None:
        if self.state.pending is None:
            return
        log.info(f"boot of {self.state.pending} confirmed after {self.state.attempts} attempt(s)")
        self.state.pending = None
        self.state.attempts = 0
        self.state.save()

    def rollback_if_needed(self, max_attempts: int = 3) -> bool:
        if self.state.pending is None:
            return False
        self.state.attempts += 1
        self.state.save()
        if self.state.attempts <= max_attempts:
            log.warn(f"pending {self.state.pending}: boot attempt {self.state.attempts}/{max_attempts}")
            return False
        if not exists(_PREV_DIR):
            log.error(f"cannot roll back {self.state.pending}: no {_PREV_DIR}")
            return False
        rmtree(self.main_dir)
        os.rename(_PREV_DIR, self.main_dir)
        log.error(f"rolled back {self.state.pending} after {self.state.attempts} failed boots")
        self.state.history.append({"tag": self.state.pending, "ok": False, "code": 99})
        self.state.pending = None
        self.state.version = read_text(path_join(self.main_dir, ".version"), "0.0.0").strip()
        self.state.save()
        return True


def connect_wifi(ssid: str, password: str, timeout_ms: int = 15_000) -> bool:
    try:
        import network
    except ImportError:
        log.warn("no network module; assuming a wired connection")
        return True
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if wlan.isconnected():
        return True
    log.info(f"connecting to {ssid!r}...")
    wlan.connect(ssid, password)
    start = time.ticks_ms()
    while not wlan.isconnected():
        if time.ticks_diff(time.ticks_ms(), start) > timeout_ms:
            log.error(f"wifi {ssid!r}: no connection after {timeout_ms / 1000:.1f}s")
            return False
        time.sleep_ms(100)
    ip, mask, gw, dns = wlan.ifconfig()
    log.info(f"connected: ip={ip} gw={gw} dns={dns}")
    return True


def load_config(path: str = "/config.json") -> dict:
    defaults = {
        "repo": "example/firmware",
        "ssid": "",
        "password": "",
        "token": None,
        "main_dir": "/app",
        "check_every_s": 3_600,
    }
    text = read_text(path)
    if text is None:
        log.warn(f"{path} missing; using defaults")
        return defaults
    try:
        cfg: dict = json.loads(text)
    except ValueError as e:
        raise UpdateError(f"bad {path}: {e}", 15)
    for k in defaults:
        if k not in cfg:
            cfg[k] = defaults[k]
    log.debug(f"config: repo={cfg['repo']} main_dir={cfg['main_dir']} every={cfg['check_every_s']}s")
    return cfg


def report(updater: Updater) -> str:
    lines = [
        f"version:  {updater.state.version}",
        f"pending:  {updater.state.pending}",
        f"attempts: {updater.state.attempts}",
        f"requests: {updater.client.requests_made}",
        f"bytes:    {updater.bytes_downloaded:,}",
    ]
    for entry in updater.state.history:
        ok = "ok" if entry.get("ok") else f"failed ({entry.get('code')})"
        lines.append(f"  {entry.get('tag'):<10} {ok}")
    return "\n".join(lines)


def summary_table(rows: list, widths: tuple = (20, 10, 8)) -> str:
    out = []
    w0, w1, w2 = widths
    out.append(f"{'file':<{w0}} {'size':>{w1}} {'sha':>{w2}}")
    out.append(f"{'-' * w0} {'-' * w1} {'-' * w2}")
    for name, size, digest in rows:
        out.append(f"{name:<{w0}} {size:>{w1},} {digest[:w2]:>{w2}}")
    return "\n".join(out)


def free_space(path: str = "/") -> int:
    st = os.statvfs(path)
    return st[0] * st[3]


def ensure_space(manifest: Manifest, margin: int = 16 * 1_024) -> None:
    need = manifest.size + margin
    have = free_space()
    if have < need:
        raise UpdateError(f"not enough flash: need {need:,} bytes, have {have:,}", 16)
    log.info(f"flash ok: {have:,} bytes free, {need:,} needed")


def run_once(cfg: dict) -> bool:
    updater = Updater(cfg["repo"], cfg["main_dir"], cfg["token"])
    if updater.rollback_if_needed():
        return False
    updater.confirm_boot()
    try:
        available, release = updater.check()
    except UpdateError as e:
        log.error(f"check failed: {e}")
        return False
    if not available:
        return False
    ok = updater.install(release)
    print(report(updater))
    return ok


def main(argv: list | None = None) -> int:
    cfg = load_config()
    if cfg["ssid"] and not connect_wifi(cfg["ssid"], cfg["password"]):
        return 1
    installed = run_once(cfg)
    if installed:
        log.info(f"rebooting into {read_text(_VERSION_FILE, '?').strip()}")
        try:
            import machine
            machine.reset()
        except ImportError:
            pass
    gc.collect()
    log.debug(f"free memory: {gc.mem_free() if hasattr(gc, 'mem_free') else -1:,}")
    return 0


if __name__ == "__main__":
    main()
