# logging for ota-emu, written for the emulator: behaves as the micropython-lib logging 0.6.2
# that MicroPython 1.27 bundles. Records go to sys.stderr unless a handler says otherwise; the
# format fields are name, message, msecs, asctime and levelname ("%"-style only); asctime is
# None on boards, whose time module has no strftime. A logger without handlers uses the root
# logger's, and getLogger() (the root) configures itself with basicConfig() on first use.
from micropython import const
import io
import sys
import time

CRITICAL = const(50)
ERROR = const(40)
WARNING = const(30)
INFO = const(20)
DEBUG = const(10)
NOTSET = const(0)

_level_dict = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}

_loggers = {}
_stream = sys.stderr
_default_fmt = "%(levelname)s:%(name)s:%(message)s"
_default_datefmt = "%Y-%m-%d %H:%M:%S"


class LogRecord:
    def set(self, name, level, message):
        self.name = name
        self.levelno = level
        self.levelname = _level_dict[level]
        self.message = message
        try:
            self.ct = time.time()
        except OSError:
            # only an interpreter without a device clock (host-side tests) gets here
            self.ct = 0
        self.msecs = int((self.ct - int(self.ct)) * 1000)
        self.asctime = None


class Handler:
    def __init__(self, level=NOTSET):
        self.level = level
        self.formatter = None

    def close(self):
        pass

    def setLevel(self, level):
        self.level = level

    def setFormatter(self, formatter):
        self.formatter = formatter

    def format(self, record):
        return self.formatter.format(record)


class StreamHandler(Handler):
    def __init__(self, stream=None):
        super().__init__()
        if stream is None:
            stream = _stream
        self.stream = stream
        self.terminator = "\n"

    def close(self):
        if hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        if record.levelno < self.level:
            return
        self.stream.write(self.format(record) + self.terminator)


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding="UTF-8"):
        super().__init__(stream=open(filename, mode=mode, encoding=encoding))

    def close(self):
        super().close()
        self.stream.close()


class Formatter:
    def __init__(self, fmt=None, datefmt=None):
        self.fmt = fmt if fmt is not None else _default_fmt
        self.datefmt = datefmt if datefmt is not None else _default_datefmt

    def usesTime(self):
        return "asctime" in self.fmt

    def formatTime(self, datefmt, record):
        if not hasattr(time, "strftime"):
            return None
        return time.strftime(datefmt, time.localtime(record.ct))

    def format(self, record):
        if self.usesTime():
            record.asctime = self.formatTime(self.datefmt, record)
        fields = {
            "name": record.name,
            "message": record.message,
            "msecs": record.msecs,
            "asctime": record.asctime,
            "levelname": record.levelname,
        }
        return self.fmt % fields


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = level
        self.handlers = []
        self.record = LogRecord()

    def setLevel(self, level):
        self.level = level

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def getEffectiveLevel(self):
        return self.level or getLogger().level or WARNING

    def log(self, level, msg, *args):
        if not self.isEnabledFor(level):
            return
        if args:
            msg = msg % (args[0] if isinstance(args[0], dict) else args)
        self.record.set(self.name, level, msg)
        for h in self.handlers or getLogger().handlers:
            h.emit(self.record)

    def debug(self, msg, *args):
        self.log(DEBUG, msg, *args)

    def info(self, msg, *args):
        self.log(INFO, msg, *args)

    def warning(self, msg, *args):
        self.log(WARNING, msg, *args)

    def error(self, msg, *args):
        self.log(ERROR, msg, *args)

    def critical(self, msg, *args):
        self.log(CRITICAL, msg, *args)

    def exception(self, msg, *args, exc_info=True):
        self.log(ERROR, msg, *args)
        if isinstance(exc_info, BaseException):
            exc = exc_info
        elif hasattr(sys, "exc_info"):
            exc = sys.exc_info()[1]
        else:
            exc = None
        if exc:
            text = io.StringIO()
            sys.print_exception(exc, text)
            self.log(ERROR, text.getvalue())

    def addHandler(self, handler):
        self.handlers.append(handler)

    def hasHandlers(self):
        return len(self.handlers) > 0


def getLogger(name=None):
    if name is None:
        name = "root"
    logger = _loggers.get(name)
    if logger is None:
        logger = _loggers[name] = Logger(name)
        if name == "root":
            basicConfig()
    return logger


def log(level, msg, *args):
    getLogger().log(level, msg, *args)


def debug(msg, *args):
    getLogger().debug(msg, *args)


def info(msg, *args):
    getLogger().info(msg, *args)


def warning(msg, *args):
    getLogger().warning(msg, *args)


def error(msg, *args):
    getLogger().error(msg, *args)


def critical(msg, *args):
    getLogger().critical(msg, *args)


def exception(msg, *args, exc_info=True):
    getLogger().exception(msg, *args, exc_info=exc_info)


def shutdown():
    # closes every handler; the loggers stay registered (as in micropython-lib)
    for logger in list(_loggers.values()):
        for h in logger.handlers:
            h.close()


def addLevelName(level, name):
    _level_dict[level] = name


def basicConfig(
    filename=None,
    filemode="a",
    format=None,
    datefmt=None,
    level=WARNING,
    stream=None,
    encoding="UTF-8",
    force=False,
):
    root = _loggers.get("root")
    if root is None:
        root = _loggers["root"] = Logger("root")
    if root.handlers and not force:
        return
    for h in root.handlers:
        h.close()
    root.handlers = []
    if filename is None:
        handler = StreamHandler(stream)
    else:
        handler = FileHandler(filename, filemode, encoding)
    handler.setLevel(level)
    handler.setFormatter(Formatter(format, datefmt))
    root.setLevel(level)
    root.addHandler(handler)


if hasattr(sys, "atexit"):
    sys.atexit(shutdown)
