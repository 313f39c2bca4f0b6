# A package in /lib with relative imports.
from .version import Version, parse
from . import net
from .errors import OTAError, NetError

NAME = "otapkg"
__all__ = ["Version", "parse", "net"]
print("otapkg init", __name__)
