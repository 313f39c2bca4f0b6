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
    """One file of a release: path (relative to the app root), size, hashes, where from.
    Attributes left at their class default cost no memory per file (a release may list
    hundreds of files on a 64 KB heap)."""

    size = None
    sha256 = None
    sha1 = None
    md5 = None
    gitsha1 = None
    url = None
    i = -1  # index in the release (stage/f<i>)
    need = True  # False: the installed file already is this one

    def __init__(self, path, size=None, sha256=None, sha1=None, md5=None, gitsha1=None, url=None):
        self.path = path
        if size is not None:
            self.size = size
        if sha256:
            self.sha256 = sha256
        if sha1:
            self.sha1 = sha1
        if md5:
            self.md5 = md5
        if gitsha1:
            self.gitsha1 = gitsha1
        if url:
            self.url = url

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
            if util.hexlify(hashlib.sha256(body).digest()) != data[:64]:
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
        h = util.hexlify(hashlib.sha256(body).digest())
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

    def protected(self, p):
        # never deleted (may be written): the updater's own package by default
        for e in self.cfg.get("protect") or ():
            e = e.strip("/") + "/"
            if (p.rstrip("/") + "/").startswith(e):
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
            if self.excluded(d) or self.protected(d):
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
        # space: every needed file in whole blocks (with room for littlefs's CTZ block
        # pointers), a block per 16 files for directory entries, the state directory, stage/
        # and bak/ (a littlefs metadata pair, two blocks, each), the plan, the record slots,
        # and the reserve (room for the record writes of the trial, confirm and rollback
        # steps that follow)
        st = os.statvfs(self.root)
        bs = st[0] or 4096
        blocks = 0
        n = 0
        for f in files:
            if f.need:
                sz = f.size if f.size is not None else cfg["max_file"]
                blocks += max(1, (sz + 8 * (sz // bs + 1) + bs - 1) // bs)
                n += 1
        blocks += n // 16 + 9 + cfg["reserve"]
        if util.isdir(self.sdir):
            blocks -= 2  # the state directory is already paid for
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
        # remove what an unfinished download or a finished update left (idle state only)
        for d in ("/stage", "/bak"):
            if util.exists(self.sdir + d):
                util.rmtree(self.sdir + d)
        util.remove(self.sdir + "/manifest.tmp")
        util.remove(self.sdir + "/ops")

    def begin_stage(self):
        if self.state() != "idle":
            raise StateError("state %s: confirm or roll back first" % self.state())
        self.clean()
        util.makedirs(self.sdir + "/stage")

    # --- the plan: the ops file, one line per step, its SHA-256 in the record -------------
    # "d HAD I PATH": delete PATH (moved to bak/b<I>); "w HAD I PATH": write PATH from
    # stage/f<I> (the installed file, if HAD is 1, moved to bak/b<I>); "r 0 0 DIR/": remove
    # the directory at confirm. Paths never contain a newline (check_path).

    def _write_ops(self, rel):
        h = hashlib.sha256()
        k = len(rel.files)
        with open(self.sdir + "/ops", "w") as f:

            def line(s):
                f.write(s)
                h.update(s)

            for d in rel.deletes:
                if d.endswith("/"):
                    line("r 0 0 %s\n" % d)
                else:
                    line("d 0 %d %s\n" % (k, d))
                    k += 1
            for x in rel.files:
                if x.need:
                    had = 1 if util.isfile(self.abspath(x.path)) else 0
                    line("w %d %d %s\n" % (had, x.i, x.path))
        return util.hexlify(h.digest())

    def _ops(self, kinds):
        # the steps of the recorded plan whose kind is in kinds, after checking the file
        p = self.sdir + "/ops"
        hs = util.file_hashes(p, ("sha256",), bytearray(256))
        if hs is None or hs["sha256"] != self.rec.get("ops"):
            raise StateError("the update plan %s is missing or damaged" % p)
        with open(p) as f:
            while True:
                ln = f.readline()
                if not ln:
                    break
                kind, had, i, path = ln.rstrip("\n").split(" ", 3)
                if kind in kinds:
                    yield kind, had == "1", int(i), path

    def _next(self, state, **kw):
        d = {}
        for k in ("version", "prev", "target", "ops", "attempts"):
            if k in self.rec:
                d[k] = self.rec[k]
        d["state"] = state
        for k in kw:
            d[k] = kw[k]
        self._write(d)

    def commit(self, stage):
        """Write the plan, then the commit record: from here on, every boot rolls the update
        forward."""
        rel = stage.rel
        ops = self._write_ops(rel)
        cur = self.version()
        self._write({"state": "applying", "version": cur, "prev": cur, "target": rel.version,
                     "ops": ops, "floor": self.floor()})

    # --- apply, trial, confirm, rollback ---------------------------------------------------

    def _apply(self):
        bak = self.sdir + "/bak"
        util.makedirs(bak)
        stage = self.sdir + "/stage"
        for kind, had, i, p in self._ops("dw"):
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
                os.rmdir(a)  # a directory the release replaces by a file (emptied by "d" steps)
            util.makedirs(util.parent(a))
            os.rename(s, a)
        t = self.rec["target"]
        self._next("trial", version=t, attempts=0)

    def apply(self):
        if self.state() != "applying":
            raise StateError("nothing committed")
        self._apply()

    def confirm(self):
        st = self.state()
        if st == "trial":
            self._next("confirming")
        elif st != "confirming":
            return False
        for _, _, _, d in self._ops("r"):
            a = self.abspath(d.rstrip("/"))
            if util.isdir(a):  # not a file the release put in its place
                try:
                    os.rmdir(a)
                except OSError:
                    pass
        v = self.rec["target"]
        fl = self.floor()
        if not fl or util.vcmp(v, fl) > 0:
            fl = v
        self._write({"state": "idle", "version": v, "floor": fl})
        self.clean()
        return True

    def rollback(self):
        st = self.state()
        if st == "trial":
            self._next("rollback", version=self.rec["prev"])
        elif st != "rollback":
            return False  # confirming: the backups may be gone, too late
        bak = self.sdir + "/bak"
        # the writes are undone before the deletes (a kind change: the new file or directory
        # goes before the old one comes back)
        for kinds in ("w", "d"):
            for kind, had, i, p in self._ops(kinds):
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
        t = self.rec["target"]
        rej = self.rejected()
        if t not in rej:
            rej = (rej + [t])[-8:]  # the last few are enough: the floor keeps older ones out
        self._write({"state": "idle", "version": self.rec["prev"], "rejected": rej})
        self.clean()
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
        self._next(r["state"], attempts=n)
        return True
