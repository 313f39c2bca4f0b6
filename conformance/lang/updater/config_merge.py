DEFAULTS = {"server": "http://ota.local", "interval": 3600, "retries": 3, "paths": {"app": "/app", "tmp": "/tmp"}}
def merge(base, override):
    out = {}
    for k in base:
        out[k] = base[k]
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
user = {"interval": 600, "paths": {"tmp": "/sd/tmp"}, "token": "abc"}
cfg = merge(DEFAULTS, user)
for k in sorted(cfg):
    print(k, cfg[k] if not isinstance(cfg[k], dict) else sorted(cfg[k].items()))
print(DEFAULTS["paths"]["tmp"])
print(sorted(cfg.items(), key=lambda kv: kv[0])[0])
