from .. import version
from ..errors import OTAError
from . import DEFAULT


def latest(texts):
    best = DEFAULT
    for t in texts:
        v = version.parse(t)
        if best < v:
            best = v
    return best


def fail(msg):
    raise OTAError(msg)
