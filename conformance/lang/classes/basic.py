class Device:
    kind = "esp32"
    def __init__(self, name, version="1.0"):
        self.name = name
        self.version = version
    def describe(self):
        return "%s (%s) v%s" % (self.name, self.kind, self.version)
d = Device("kitchen")
print(d.describe())
d.version = "1.1"
print(d.describe(), d.kind, Device.kind)
d.kind = "rp2"
print(d.kind, Device.kind)
print(type(d).__name__, isinstance(d, Device), Device.__name__)
print(hasattr(d, "name"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
