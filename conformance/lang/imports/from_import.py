from otautil import parse_latest, version_tuple as vt, VERSION
print(VERSION, vt("2.0.1"))
print(parse_latest("2.0;b.tar;1;ff"))
from otautil import *
print(newer("2", "1"), calls())
try:
    from otautil import nothing_here
except ImportError as e:
    print("ImportError:", e)
