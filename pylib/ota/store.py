# The state machine of an update (pylib/DESIGN.md "State on the flash"): the two-slot state
# record, the stage, the commit record, apply, trial, confirm, rollback and boot recovery.
# Every flash step is a write of a record slot, or a rename onto a name that does not exist,
# decided by what exists: apply and rollback can be repeated from any power cut, on littlefs
# and on FAT alike.
import hashlib
import json
import os

from . import util
from .errors import Integrity, NoSpace, Refused, StateError


class File:
    """One file of a release: path (relative to the app root), size, hashes, where from."""

    def __init__(self, path, size=None, sha256=None, sha1=None, md5=None, gitsha1=None, url=None):
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.sha1 = sha1
        self.md5 = md5
        self.gitsha1 = gitsha1
        self.url = url
        self.i = -1  # index in the release (stage/f<i>)
        self.need = True  # False: the installed file already is this one

    def __repr__(self):
        return "File(%r, %r)" % (self.path, self.size)


class Release:
    """What a source's check() returns."""

    def __init__(self, version, files, deletes=(), firmware=None, meta=None):
        self.version = version
        self.files = files
        self.deletes = list(deletes)
        self.firmware = firmware
        self.meta = meta

    def __repr__(self):
        return "Release(%r, %d files)" % (self.version, len(self.files))


class Writer:
    """Streams one file into the stage, hashing as it goes; close() verifies it."""

    def __init__(self, stage, f):
        self.stage = stage
        self.f = f
        self.p = stage.dir + "/f%d" % f.i
        self._open()

    def _open(self):
        f = self.f
        self.n = 0
        self.hs = []
        for a in ("sha256", "sha1", "md5"):
            want = getattr(f, a)
            if want:
                self.hs.append((a, getattr(hashlib, a)(), want.lower()))
        if f.gitsha1:
            if f.size is None:
                raise Refused("git SHA-1 needs the size: " + f.path)
            self.hs.append(("git", hashlib.sha1(b"blob %d\x00" % f.size), f.gitsha1.lower()))
        if not self.hs:
            raise Refused("no hash for " + f.path)
        self.fh = open(self.p, "wb")

    def write(self, b):
        n = len(b)
        lim = self.f.size if self.f.size is not None else self.stage.max_file
        if self.n + n > lim:
            raise Integrity("%s: more than %d bytes" % (self.f.path, lim))
        self.fh.write(b)
        for h in self.hs:
            h[1].update(b)
        self.n += n
        return n

    def tell(self):
        return self.n

    def restart(self):
        # the server ignored a Range request: start the file again
        self.fh.close()
        self._open()

    def close(self):
        self.fh.close()
        f = self.f
        if f.size is not None and self.n != f.size:
            util.remove(self.p)
            raise Integrity("%s: %d bytes, want %d" % (f.path, self.n, f.size))
        for a, h, want in self.hs:
            if util.hexlify(h.digest()) != want:
                util.remove(self.p)
                raise Integrity("%s: %s mismatch" % (f.path, a))
        self.stage.done += self.n

    def abort(self):
        try:
            self.fh.close()
        except OSError:
            pass
        util.remove(self.p)


class Stage:
    """The files of one release being downloaded (given to Source.fetch)."""

    def __init__(self, store, rel):
        self.store = store
        self.rel = rel
        self.files = rel.files
        self.dir = store.sdir + "/stage"
        self.buf = bytearray(store.cfg["buf"])
        self.max_file = store.cfg["max_file"]
        self.done = 0

    def need(self, f):
        return f.need

    def writer(self, f):
        return Writer(self, f)


class Store:
    def __init__(self, cfg):
        self.cfg = cfg
        self.root = cfg["root"]
        self.sdir = cfg["state"]
        self.rec = self._read()

    # --- the state record: two alternating slots, HEX64 "\n" JSON -------------------------

    def _read(self):
        best = None
        for slot in (0, 1):
            try:
                with open(self.sdir + "/rec%d" % slot) as f:
                    data = f.read()
            except OSError:
                continue
            i = data.find("\n")
            if i != 64:
                continue
            body = data[65:]
            if util.hexlify(hashlib.sha256(body.encode()).digest()) != data[:64]:
                continue
            try:
                d = json.loads(body)
            except ValueError:
                continue
            if isinstance(d, dict) and isinstance(d.get("seq"), int):
                if best is None or d["seq"] > best["seq"]:
                    best = d
        if best is None:
            best = {"seq": 0, "state": "idle"}
        return best

    def _write(self, d):
        seq = self.rec.get("seq", 0) + 1
        for k in ("floor", "rejected"):
            if k not in d and k in self.rec:
                d[k] = self.rec[k]
        d["seq"] = seq
        body = json.dumps(d)
        h = util.hexlify(hashlib.sha256(body.encode()).digest())
        util.makedirs(self.sdir)
        with open(self.sdir + "/rec%d" % (seq % 2), "w") as f:
            f.write(h + "\n" + body)
        self.rec = d

    def state(self):
        return self.rec.get("state", "idle")

    def version(self):
        v = self.rec.get("version")
        if v is not None:
            return v
        vf = self.cfg.get("version_file")
        if vf:
            try:
                with open(self.abspath(vf)) as f:
                    return f.read().strip()
            except OSError:
                pass
        return ""

    def floor(self):
        return self.rec.get("floor") or self.version()

    def rejected(self):
        return self.rec.get("rejected") or []

    # --- paths --------------------------------------------------------------------------

    def abspath(self, p):
        return util.join(self.root, p)

    def excluded(self, p):
        a = self.abspath(p.rstrip("/"))
        if a == self.sdir or a.startswith(self.sdir + "/") or a == self.cfg["_path"]:
            return True
        for e in self.cfg["exclude"]:
            e = e.lstrip("/")
            if e.endswith("/"):
                if (p + "/").startswith(e):
                    return True
            elif p == e or p.rstrip("/") == e:
                return True
        return False

    # --- check, stage, commit ------------------------------------------------------------

    def prepare(self, rel):
        """Validate a release, skip excluded paths, decide what to download, check space.
        Raises Refused or NoSpace before anything is written."""
        cfg = self.cfg
        seen = {}
        files = []
        total = 0
        for f in rel.files:
            if not util.check_path(f.path):
                raise Refused("bad path %r" % (f.path,))
            if f.path in seen:
                raise Refused("duplicate path " + f.path)
            seen[f.path] = 1
            if self.excluded(f.path):
                print("ota: skip excluded", f.path)
                continue
            if f.size is not None:
                if not isinstance(f.size, int) or f.size < 0 or f.size > cfg["max_file"]:
                    raise Refused("%s: size %r over max_file" % (f.path, f.size))
                total += f.size
            files.append(f)
        if total > cfg["max_total"]:
            raise Refused("release of %d bytes over max_total" % total)
        dels = []
        for d in rel.deletes:
            p = d[:-1] if d.endswith("/") else d
            if not util.check_path(p):
                raise Refused("bad delete %r" % (d,))
            if p in seen and not d.endswith("/"):
                raise Refused("delete of a written path " + p)
            if self.excluded(d):
                print("ota: keep excluded", d)
                continue
            dels.append(d)
        rel.files = files
        rel.deletes = dels
        buf = bytearray(cfg["buf"])
        for i in range(len(files)):
            f = files[i]
            f.i = i
            f.need = not self._installed(f, buf)
        # space: every needed file in whole blocks, plus the record slots, the stage
        # directory and the reserve
        st = os.statvfs(self.root)
        bs = st[0] or 4096
        blocks = 0
        for f in files:
            if f.need:
                sz = f.size if f.size is not None else cfg["max_file"]
                blocks += max(1, (sz + bs - 1) // bs)
        blocks += 3 + cfg["reserve"]
        if blocks > st[4]:
            raise NoSpace("need %d blocks of %d bytes, %d free" % (blocks, bs, st[4]))
        return Stage(self, rel)

    def _installed(self, f, buf):
        a = self.abspath(f.path)
        st = util.stat(a)
        if st is None or st[0] & 0x4000:
            return False
        if f.size is not None and st[6] != f.size:
            return False
        if f.gitsha1:
            return util.git_sha1_of(a, st[6], buf) == f.gitsha1.lower()
        algos = [x for x in ("sha256", "sha1", "md5") if getattr(f, x)]
        hs = util.file_hashes(a, algos, buf)
        if hs is None:
            return False
        for x in algos:
            if hs[x] != getattr(f, x).lower():
                return False
        return True

    def clean(self):
        # remove what an unfinished download left (idle state only)
        for d in ("/stage", "/bak"):
            if util.exists(self.sdir + d):
                util.rmtree(self.sdir + d)

    def begin_stage(self):
        if self.state() != "idle":
            raise StateError("state %s: confirm or roll back first" % self.state())
        self.clean()
        util.makedirs(self.sdir + "/stage")

    def commit(self, stage):
        """Write the commit record: from here on, every boot rolls the update forward."""
        rel = stage.rel
        ops = []
        k = len(rel.files)
        dirs = []
        for d in rel.deletes:
            if d.endswith("/"):
                dirs.append(d)
            else:
                ops.append(["d", d, k, 0])
                k += 1
        for f in rel.files:
            if f.need:
                ops.append(["w", f.path, f.i, 1 if util.isfile(self.abspath(f.path)) else 0])
        cur = self.version()
        self._write({"state": "applying", "version": cur, "prev": cur, "target": rel.version,
                     "ops": ops, "dirs": dirs, "floor": self.floor()})

    # --- apply, trial, confirm, rollback ---------------------------------------------------

    def _apply(self):
        r = self.rec
        bak = self.sdir + "/bak"
        util.makedirs(bak)
        stage = self.sdir + "/stage"
        for kind, p, i, had in r["ops"]:
            a = self.abspath(p)
            b = bak + "/b%d" % i
            if kind == "d":
                if util.isfile(a) and not util.exists(b):
                    os.rename(a, b)
                continue
            s = stage + "/f%d" % i
            if not util.exists(s):
                continue  # already in place
            if had and util.isfile(a) and not util.exists(b):
                os.rename(a, b)
            if util.isdir(a):
                os.rmdir(a)  # a directory the release replaces by a file (emptied by "d" ops)
            util.makedirs(util.parent(a))
            os.rename(s, a)
        t = r["target"]
        self._write({"state": "trial", "version": t, "prev": r["prev"], "target": t,
                     "ops": r["ops"], "dirs": r["dirs"], "attempts": 0})

    def apply(self):
        if self.state() != "applying":
            raise StateError("nothing committed")
        self._apply()

    def confirm(self):
        r = self.rec
        st = r.get("state")
        if st == "trial":
            self._write({"state": "confirming", "version": r["version"], "prev": r["prev"],
                         "target": r["target"], "ops": r["ops"], "dirs": r["dirs"]})
            r = self.rec
        elif st != "confirming":
            return False
        bak = self.sdir + "/bak"
        for op in r["ops"]:
            util.remove(bak + "/b%d" % op[2])
        for d in r["dirs"]:
            a = self.abspath(d.rstrip("/"))
            if util.isdir(a):  # not a file the release put in its place
                try:
                    os.rmdir(a)
                except OSError:
                    pass
        self.clean()
        v = r["target"]
        fl = self.floor()
        if not fl or util.vcmp(v, fl) > 0:
            fl = v
        self._write({"state": "idle", "version": v, "floor": fl})
        return True

    def rollback(self):
        r = self.rec
        st = r.get("state")
        if st in ("trial", "confirming"):
            if st == "confirming":
                return False  # backups may be gone: too late
            self._write({"state": "rollback", "version": r["prev"], "prev": r["prev"],
                         "target": r["target"], "ops": r["ops"], "dirs": r["dirs"]})
            r = self.rec
        elif st != "rollback":
            return False
        bak = self.sdir + "/bak"
        ops = r["ops"]
        for j in range(len(ops) - 1, -1, -1):
            kind, p, i, had = ops[j]
            a = self.abspath(p)
            b = bak + "/b%d" % i
            if util.exists(b):
                if util.isdir(a):
                    try:
                        os.rmdir(a)
                    except OSError:
                        pass
                else:
                    util.remove(a)
                util.makedirs(util.parent(a))
                os.rename(b, a)
            elif kind == "w" and not had:
                if util.isfile(a):
                    os.remove(a)
        rej = self.rejected()
        if r["target"] not in rej:
            rej = rej + [r["target"]]
        self.clean()
        self._write({"state": "idle", "version": r["prev"], "rejected": rej})
        return True

    def recover(self):
        """Boot-time recovery: roll an interrupted step forward or back. Returns the state."""
        st = self.state()
        if st == "applying":
            self._apply()
        elif st == "confirming":
            self.confirm()
        elif st == "rollback":
            self.rollback()
        elif st == "idle":
            self.clean()
        return self.state()

    def start_trial(self):
        """Count one more trial boot; False when the attempts are used up (roll back)."""
        r = self.rec
        n = r.get("attempts", 0) + 1
        if n > self.cfg["max_attempts"]:
            return False
        d = {}
        for k in r:
            d[k] = r[k]
        d["attempts"] = n
        self._write(d)
        return True
