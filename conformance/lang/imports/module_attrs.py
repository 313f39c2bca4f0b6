import otautil
names = sorted(n for n in dir(otautil) if not n.startswith("__"))
print(names)
print(hasattr(otautil, "__file__"), otautil.__name__)
otautil.NEW_ATTR = 1
import otautil as o2
print(o2.NEW_ATTR)
print(type(otautil).__name__)
