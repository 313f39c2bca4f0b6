# A plain module in /lib, in the style of an OTA updater's helpers.
VERSION = "0.3.1"
_calls = 0


def parse_latest(line):
    """Parse 'VERSION;FILE;SIZE;SHA' into a tuple."""
    global _calls
    _calls += 1
    version, name, size, sha = line.strip().split(";")
    return version, name, int(size), sha


def version_tuple(v):
    return tuple(int(p) for p in v.split("."))


def newer(a, b):
    return version_tuple(a) > version_tuple(b)


def calls():
    return _calls


def check_size(expected, got):
    if expected != got:
        raise ValueError("size mismatch: expected %d, got %d" % (expected, got))
    return True
