# FileHandler appends to a file on the flash; shutdown closes the handlers
import logging

log = logging.getLogger("file")
fh = logging.FileHandler("ota.log", "w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.warning("first")
log.error("second %d", 2)
log.info("below the root's level")
fh.close()
print(open("ota.log").read(), end="")

fh2 = logging.FileHandler("ota.log")
fh2.setFormatter(logging.Formatter("%(name)s:%(message)s"))
log.handlers = [fh2]
log.critical("appended")
logging.shutdown()
print(open("ota.log").read(), end="")
h = logging.Handler()
print(h.level, h.formatter)
try:
    h.format(None)
except AttributeError:
    print("AttributeError")
