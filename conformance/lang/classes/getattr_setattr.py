class Cfg:
    def __init__(self, **kw):
        for k in sorted(kw):
            setattr(self, k, kw[k])
c = Cfg(ssid="home", retries=3)
print(c.ssid, getattr(c, "retries"), getattr(c, "missing", None))
setattr(c, "retries", 5)
print(c.retries, hasattr(c, "ssid"))
delattr(c, "ssid")
print(hasattr(c, "ssid"))
class Lazy:
    def __getattr__(self, name):
        return "computed-" + name
l = Lazy()
l.real = 1
print(l.real, l.anything, getattr(l, "other"))
