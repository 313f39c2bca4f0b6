# module-level logging: the root logger configures itself (WARNING, stderr, default format)
import logging

logging.debug("not shown %d", 1)
logging.info("not shown either")
logging.warning("disk at %d%%", 91)
logging.error("failed: %s", "timeout")
logging.critical("bricked? %r", None)
logging.log(logging.ERROR, "via log()")
print(logging.CRITICAL, logging.ERROR, logging.WARNING, logging.INFO, logging.DEBUG, logging.NOTSET)
root = logging.getLogger()
print(root.name, root.level, root.hasHandlers(), root.getEffectiveLevel())
print(logging.getLogger("root") is root)
