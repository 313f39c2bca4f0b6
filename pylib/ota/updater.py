# Updater: picks the configured source, checks for a release, stages, verifies, commits and
# applies it (pylib/DESIGN.md "Public API").
import sys

from . import config as _config
from . import util
from .errors import Refused, StateError
from .http import Client
from .store import Store


def source_module(name):
    full = "ota.src_" + name
    __import__(full)
    return sys.modules[full]


class Updater:
    def __init__(self, config=None, progress=None):
        self.cfg = _config.load(config)
        self.store = Store(self.cfg)
        self.http = Client(self.cfg)
        self.progress = progress
        self.mod = source_module(self.cfg["source"])
        self.src = self.mod.Source(self.cfg, self.http, self.store)

    def _report(self, what, done, total):
        if self.progress:
            try:
                self.progress(what, done, total)
            except Exception as e:
                print("ota: progress callback:", repr(e))

    def check(self):
        """The newer Release the source offers, or None. Writes nothing."""
        self.http.begin()
        cur = self.store.version()
        self._report("check", 0, 0)
        rel = self.src.check(cur)
        if rel is None or rel.version == cur:
            return None
        v = rel.version
        if v in self.store.rejected():
            print("ota: version", v, "was rejected before")
            return None
        if self.cfg["rollback_protect"]:
            fl = self.store.floor()
            if fl and util.vcmp(v, fl) <= 0:
                raise Refused("version %s is not newer than %s" % (v, fl))
        return rel

    def apply(self, rel=None):
        """Check (unless given a release), then update; resets the board when done (config
        "reset"). Returns False when there is nothing to do."""
        if self.store.state() != "idle":
            raise StateError("state %s: confirm or roll back first" % self.store.state())
        if rel is None:
            rel = self.check()
            if rel is None:
                return False
        st = self.store
        st.clean()
        stage = st.prepare(rel)  # refuses bad paths and too little space before any write
        st.begin_stage()
        total = 0
        for f in stage.files:
            if f.need and f.size:
                total += f.size
        done = [0]

        def prog(n):
            done[0] += n
            self._report("download", done[0], total)

        try:
            self.src.fetch(rel, stage, prog)
            hook = getattr(self.src, "apply_firmware", None)
            if hook and rel.firmware:
                hook(rel, st)
        except BaseException:
            st.clean()
            raise
        st.commit(stage)
        self._report("apply", 0, 0)
        st.apply()
        self._report("reset", 0, 0)
        if self.cfg["reset"]:
            import machine

            machine.reset()
        return True
