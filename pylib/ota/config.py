# The updater's configuration: a dict or a JSON file, with defaults (pylib/DESIGN.md "Config").
import json

from .errors import OTAError

CONFIG = "/ota.json"

DEFAULTS = {
    "source": "manifest",
    "url": None,
    "key": None,
    "pubkey": None,
    "ca": None,
    "pin": None,
    "headers": {},
    "insecure_headers": False,
    "root": "/",
    "state": "/.ota",
    "exclude": [],
    "protect": ["lib/ota/"],
    "health": None,
    "max_attempts": 1,
    "timeout": 10,
    "deadline": 300,
    "retries": 3,
    "max_manifest": 65536,
    "ram_manifest": 8192,
    "max_file": 1048576,
    "max_total": 4194304,
    "max_files": 2000,
    "reserve": 4,
    "buf": 1024,
    "ntp": False,
    "reset": True,
    "rollback_protect": True,
    "version_file": "version",
}


def load(cfg=None):
    """Return the configuration dict: cfg itself (a dict), or the JSON file cfg names."""
    path = None
    if cfg is None:
        cfg = CONFIG
    if isinstance(cfg, str):
        path = cfg
        try:
            with open(cfg) as f:
                cfg = json.load(f)
        except (OSError, ValueError) as e:
            raise OTAError("config %s: %r" % (path, e))
    if not isinstance(cfg, dict):
        raise OTAError("config: want a dict")
    out = {}
    for k in DEFAULTS:
        out[k] = DEFAULTS[k]
    for k in cfg:
        out[k] = cfg[k]
    out["_path"] = path or CONFIG
    st = out["state"].rstrip("/") or "/.ota"
    if not st.startswith("/"):
        st = "/" + st
    out["state"] = st
    root = out["root"] or "/"
    if not root.startswith("/"):
        root = "/" + root
    if len(root) > 1:
        root = root.rstrip("/")
    out["root"] = root
    return out
