# Formatter fields and basicConfig(force, format, level, stream)
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(name)s|%(levelname)s|%(message)s", stream=sys.stdout)
logging.info("configured")
logging.basicConfig(level=logging.DEBUG, format="ignored")
logging.debug("not shown: the first basicConfig stays")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(message)s!", stream=sys.stdout, force=True)
logging.debug("forced")
logging.getLogger("x").info("from x")

f = logging.Formatter()
print(f.fmt, f.datefmt, f.usesTime())
f2 = logging.Formatter("%(asctime)s %(message)s", "%H:%M")
print(f2.usesTime(), f2.datefmt)

r = logging.LogRecord()
r.set("rec", logging.WARNING, "hello")
print(r.name, r.levelno, r.levelname, r.message, r.asctime)
print(logging.Formatter("%(levelname)s:%(message)s").format(r))
try:
    logging.Formatter("%(levelno)s").format(r)
except KeyError as e:
    print("KeyError", e)
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level %s", "name")
logging.getLogger().log(5, "below DEBUG")
