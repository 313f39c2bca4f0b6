# named loggers: levels, effective level through the root, dict arguments, handlers
import logging
import sys

log = logging.getLogger("ota")
print(log.name, log.level, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO))
log.info("hidden")
log.warning("version %s -> %s", "1.0", "1.1")
log.setLevel(logging.DEBUG)
log.debug("now debug shows: %(a)s/%(b)s", {"a": 1, "b": 2})
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
log.addHandler(h)
log.info("to stdout with %d args", 1)
h.setLevel(logging.ERROR)
log.warning("filtered by the handler")
log.error("passes the handler")
print(log.hasHandlers(), len(log.handlers))

other = logging.getLogger("net")
other.error("uses the root handler")
logging.getLogger().setLevel(logging.CRITICAL)
other.error("root level hides this")
other.critical("but not this")
print(logging.getLogger("ota") is log)
