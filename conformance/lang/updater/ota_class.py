class OTAError(Exception):
    pass
class OTA:
    def __init__(self, current, fetcher):
        self.current = current
        self.fetch = fetcher
        self.log = []
    def _vt(self, v):
        return tuple(map(int, v.split(".")))
    def check(self):
        latest = self.fetch("/latest").decode().strip()
        version, name, size, sha = latest.split(";")
        self.log.append("latest %s" % version)
        if self._vt(version) <= self._vt(self.current):
            return None
        return version, name, int(size), sha
    def run(self):
        info = self.check()
        if info is None:
            self.log.append("up to date")
            return False
        data = self.fetch("/" + info[1])
        if len(data) != info[2]:
            raise OTAError("size mismatch %d != %d" % (len(data), info[2]))
        self.log.append("installed %s" % info[0])
        self.current = info[0]
        return True
files = {"/latest": b"1.3.0;app.tar;5;ff\n", "/app.tar": b"12345"}
o = OTA("1.2.9", lambda p: files[p])
print(o.run(), o.current, o.log)
print(o.run(), o.log)
files["/latest"] = b"2.0.0;app.tar;9;ff"
try:
    o.run()
except OTAError as e:
    print("OTAError:", e, o.current)
