# ota: a crash-safe over-the-air updater for MicroPython (pylib/DESIGN.md, pylib/README.md).
#
#   boot.py:  import ota; ota.boot()
#   main.py:  import ota; ota.Updater().apply()     # config in /ota.json
from .errors import Integrity, NetError, NoSpace, OTAError, Refused, StateError, TLSError  # noqa: F401
from . import config as _config
from .store import File, Release, Store  # noqa: F401

__version__ = "0.1.0"


def Updater(config=None, progress=None):
    """An updater for the config (a dict or the path of a JSON file, default /ota.json)."""
    from .updater import Updater as U

    return U(config, progress)


def _store(config):
    return Store(_config.load(config))


def _hook(cfg, name, *args):
    try:
        from .updater import source_module

        fn = getattr(source_module(cfg["source"]), name, None)
    except ImportError:
        fn = None
    if fn:
        fn(*args)


def _health(spec):
    mod, _, fn = spec.partition(":")
    m = __import__(mod)
    for part in mod.split(".")[1:]:
        m = getattr(m, part)
    return getattr(m, fn or "health")()


def boot(config=None):
    """Call first thing in boot.py: finishes or undoes an interrupted update, counts a trial
    boot, runs the configured health check. Never raises; returns the state it leaves."""
    try:
        cfg = _config.load(config)
    except OTAError as e:
        print("ota: boot:", e)
        return "error"
    try:
        s = Store(cfg)
        st = s.recover()
        if st != "trial":
            return st
        if not s.start_trial():
            print("ota: version", s.rec.get("target"), "was not confirmed: rolling back")
            s.rollback()
            _hook(cfg, "on_rollback", s)
            return "rolled-back"
        h = cfg.get("health")
        if not h:
            return "trial"  # the application calls ota.confirm()
        try:
            ok = _health(h) is not False
        except Exception as e:
            print("ota: health check raised", repr(e))
            ok = False
        if ok:
            s.confirm()
            _hook(cfg, "on_confirm", s)
            print("ota: version", s.version(), "confirmed")
            return "confirmed"
        print("ota: health check failed: rolling back")
        s.rollback()
        _hook(cfg, "on_rollback", s)
        import machine

        machine.reset()  # the failed version's modules are imported: start clean
    except Exception as e:
        print("ota: boot:", repr(e))
        return "error"


def confirm(config=None):
    """The application is healthy: keep the version on trial. True if one was confirmed."""
    cfg = _config.load(config)
    s = Store(cfg)
    if s.state() == "confirming" or s.state() == "trial":
        s.confirm()
        _hook(cfg, "on_confirm", s)
        return True
    return False


def rollback(config=None, reset=True):
    """Go back to the version before the one on trial (then reset, unless reset=False)."""
    cfg = _config.load(config)
    s = Store(cfg)
    if not s.rollback():
        return False
    _hook(cfg, "on_rollback", s)
    if reset:
        import machine

        machine.reset()
    return True


def version(config=None):
    """The installed version ("" if unknown)."""
    return _store(config).version()


def state(config=None):
    """The updater state: idle, applying, trial, confirming or rollback."""
    return _store(config).state()
