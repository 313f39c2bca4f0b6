# Logger.exception prints the message then the traceback as sys.print_exception does
import logging
import sys

logging.basicConfig(stream=sys.stdout)
log = logging.getLogger("upd")


def check(n):
    if n > 2:
        raise ValueError("bad size %d" % n)
    return n


try:
    check(5)
except ValueError as e:
    log.exception("update failed")
    logging.exception("module level %s", "too")

err = OSError(28, "ENOSPC")
log.exception("explicit exc_info", exc_info=err)
log.exception("no exception active")
print("done")
